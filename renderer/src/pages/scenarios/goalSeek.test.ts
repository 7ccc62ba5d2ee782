import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../format/formatters';
import { formatLever, leverChange, readableWarning, targetRequestValue } from './goalSeek';

const format = createFormatters('en-US', 'EUR');

describe('goal seek values', () => {
  it('sends a typed percentage as a share, money as it is', () => {
    expect(targetRequestValue('freeRewardRateTotal', 1.2)).toBeCloseTo(0.012);
    expect(targetRequestValue('roi', 25)).toBeCloseTo(0.25);
    expect(targetRequestValue('annualProgrammeCost', 250_000)).toBe(250_000);
  });

  it('shows each lever in its own terms', () => {
    expect(formatLever('pointsPerCurrencyUnit', 1.5, format)).toBe('1.50');
    expect(formatLever('pointValueCurrency', 0.0075, format)).toBe('€0.0075');
    expect(formatLever('rewardThresholdPoints', 1500, format)).toBe('1,500 points');
    expect(formatLever('promotionMultiplier', 3, format)).toBe('×3.0');
  });

  it('says how far the value found is from the plan’s', () => {
    expect(leverChange(1.25, 1, format)).toBe('+25.0%');
    expect(leverChange(0.8, 1, format)).toBe('−20.0%');
    expect(leverChange(1, 0, format)).toBeNull();
  });
});

describe('readableWarning', () => {
  it('puts thousands marks into bare large figures and leaves small and decimal ones', () => {
    expect(readableWarning('At this earn rate the programme costs 150397 a year, above the budget cap of 100000.', format)).toBe(
      'At this earn rate the programme costs 150,397 a year, above the budget cap of 100,000.',
    );
    expect(readableWarning('No point value between 0.0005 and 0.2 reaches the target; the closest is at 0.2.', format)).toBe('No point value between 0.0005 and 0.2 reaches the target; the closest is at 0.2.');
    expect(readableWarning('between 20 and 50000', format)).toBe('between 20 and 50,000');
  });
});
