import { ATTRIBUTE_KINDS, type AttributeDefinition, type AttributeKind } from '../../../../shared/domain/attributes';

export const KIND_LABELS: Record<AttributeKind, { label: string; about: string }> = {
  commercial: { label: 'Commercial', about: 'How and how much the customer buys' },
  financial: { label: 'Financial', about: 'Billing, margin and payment' },
  quality: { label: 'Quality', about: 'Satisfaction and service incidents' },
  marketing: { label: 'Marketing', about: 'Response to campaigns and contact' },
  demographic: { label: 'Demographic', about: 'Who the customer is and where' },
};

export interface AttributeGroup {
  kind: AttributeKind;
  attributes: AttributeDefinition[];
}

/** Attributes grouped by kind in the fixed kind order; kinds with no attributes are left out. */
export function groupAttributes(attributes: readonly AttributeDefinition[]): AttributeGroup[] {
  return ATTRIBUTE_KINDS.map((kind) => ({ kind, attributes: attributes.filter((a) => a.kind === kind) })).filter(
    (g) => g.attributes.length > 0,
  );
}
