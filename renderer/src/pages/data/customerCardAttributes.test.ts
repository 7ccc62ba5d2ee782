import { describe, expect, it } from 'vitest';
import { attributesByKind } from './customerCardAttributes';

describe('attributesByKind', () => {
  it('groups in the order given and names each kind', () => {
    const groups = attributesByKind([
      { name: 'store', label: 'Home store', kind: 'commercial', value: 'Lyon' },
      { name: 'credit', label: 'Credit score', kind: 'financial', value: 710 },
      { name: 'channel', label: 'Channel', kind: 'commercial', value: null },
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Commercial', 'Financial']);
    expect(groups[0]!.attributes.map((a) => a.name)).toEqual(['store', 'channel']);
  });
});
