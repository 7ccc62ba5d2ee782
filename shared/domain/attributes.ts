/** The five kinds of customer attribute a CRM holds; imports tag each attribute column with one. */
export const ATTRIBUTE_KINDS = ['commercial', 'financial', 'quality', 'marketing', 'demographic'] as const;
export type AttributeKind = (typeof ATTRIBUTE_KINDS)[number];

export type AttributeValueType = 'number' | 'text';

export interface AttributeDefinition {
  name: string;
  kind: AttributeKind;
  valueType: AttributeValueType;
  label: string;
  /** Unit of a numeric attribute, shown next to its values ("currency", "per year", "0-10"). */
  unit: string | null;
}
