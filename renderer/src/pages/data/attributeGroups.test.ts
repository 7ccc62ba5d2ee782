import { describe, expect, it } from 'vitest';
import type { AttributeDefinition } from '../../../../shared/domain/attributes';
import { groupAttributes } from './attributeGroups';

const attr = (name: string, kind: AttributeDefinition['kind']): AttributeDefinition => ({ name, kind, valueType: 'number', label: name, unit: null });

describe('groupAttributes', () => {
  it('groups by kind in the fixed order and leaves out empty kinds', () => {
    const groups = groupAttributes([attr('age', 'demographic'), attr('billing', 'financial'), attr('frequency', 'commercial'), attr('region', 'demographic')]);
    expect(groups.map((g) => g.kind)).toEqual(['commercial', 'financial', 'demographic']);
    expect(groups[2]?.attributes.map((a) => a.name)).toEqual(['age', 'region']);
  });
});
