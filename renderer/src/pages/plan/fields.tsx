import { NumberInput, type NumberInputProps } from '@mantine/core';
import { appLocale } from '../../format/formatters';
import { asNumber, percentToShare, shareToPercent } from './planForm';

type BaseProps = Omit<NumberInputProps, 'value' | 'onChange' | 'error'> & {
  value: number | '';
  onChange: (value: number | '') => void;
  error?: string | undefined;
  testId?: string;
};

/** A number as the draft keeps it ('' while empty), its unit in the suffix, its error under it. */
export function NumberField({ value, onChange, error, testId, thousandSeparator, ...rest }: BaseProps) {
  // In Spanish a decimal comma and thousands points, as the figures elsewhere read.
  const separators = appLocale().startsWith('es') ? { decimalSeparator: ',', ...(thousandSeparator ? { thousandSeparator: '.' } : {}) } : thousandSeparator ? { thousandSeparator } : {};
  return <NumberInput value={value} onChange={(v) => onChange(asNumber(v))} error={error} data-testid={testId} {...separators} {...rest} />;
}

/** A share (0..1) typed as percent. */
export function PercentField({ value, onChange, ...rest }: BaseProps) {
  return <NumberField value={shareToPercent(value)} onChange={(v) => onChange(percentToShare(v))} suffix="%" decimalScale={4} {...rest} />;
}

/** Whole numbers (weeks, points, visits). */
export function IntegerField(props: BaseProps) {
  return <NumberField allowDecimal={false} {...props} />;
}

/** An amount of money in the plan's currency, with thousands marks. */
export function MoneyField({ currency, ...rest }: BaseProps & { currency: string }) {
  return <NumberField suffix={` ${currency}`} thousandSeparator="," decimalScale={4} {...rest} />;
}
