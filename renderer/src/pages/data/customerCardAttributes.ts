import type { CustomerValueCard } from '../../../../shared/domain/customerValue';

type Attribute = CustomerValueCard['attributes'][number];

export interface AttributeKindGroup {
  kind: string;
  label: string;
  attributes: Attribute[];
}

/** The card's CRM attributes by kind, in the order the backend sends them ("commercial" → "Commercial"). */
export function attributesByKind(attributes: readonly Attribute[]): AttributeKindGroup[] {
  const groups = new Map<string, AttributeKindGroup>();
  for (const a of attributes) {
    const kind = a.kind || 'other';
    let group = groups.get(kind);
    if (!group) {
      group = { kind, label: kind.replace(/^./, (ch) => ch.toUpperCase()), attributes: [] };
      groups.set(kind, group);
    }
    group.attributes.push(a);
  }
  return [...groups.values()];
}
