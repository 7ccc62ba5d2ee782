import { describe, expect, it } from 'vitest';
import type { TornadoRow } from '../../../shared/domain/scenarios';
import { createFormatters } from '../format/formatters';
import { buildTornadoOption, shortLabel, TORNADO_NAMES, tornadoHeight } from './scenarioTornadoOption';
import { TEST_CHART_THEME } from './testFixtures';

const format = createFormatters('en-US', 'EUR');
const row = (label: string, kpiAtLow: number | null, kpiAtHigh: number | null): TornadoRow => ({ path: label, label, source: 'Benchmarks', low: 0.2, high: 0.6, kpiAtLow, kpiAtHigh });
type Item = { value: number | null; itemStyle: { color: string }; label: { position: string; formatter: () => string } };
type Series = { name: string; data: Item[]; markLine?: { data: { xAxis: number }[] } };

describe('buildTornadoOption', () => {
  const rows = [row('Redemption rate', 80_000, 130_000), row('Enrolment', 110_000, 104_000)];
  const option = buildTornadoOption({ rows, base: 100_000, kpiLabel: 'Programme cost', unit: 'currency' }, TEST_CHART_THEME, format);
  const series = (option.series as Series[]).filter((s) => s.data.length > 0);

  it('draws each bar from the base: the difference to it, labelled with the KPI at that end', () => {
    const [longer, shorter] = series;
    // Redemption: high end (+30,000) is the longer bar, low end (−20,000) the shorter.
    expect(longer!.data[0]!.value).toBe(30_000);
    expect(longer!.data[0]!.itemStyle.color).toBe(TEST_CHART_THEME.primary);
    expect(shorter!.data[0]!.value).toBe(-20_000);
    expect(shorter!.data[0]!.itemStyle.color).toBe(TEST_CHART_THEME.secondary);
    expect(shorter!.data[0]!.label.position).toBe('left');
    expect(shorter!.data[0]!.label.formatter()).toBe('€80,000');
  });

  it('draws the longer bar first when both ends fall on one side of the base, so both show', () => {
    const [longer, shorter] = series;
    expect(longer!.data[1]!.value).toBe(10_000);
    expect(shorter!.data[1]!.value).toBe(4_000);
  });

  it('lists the assumptions top down in the order given, with their ranges', () => {
    const y = option.yAxis as { inverse: boolean; data: string[]; axisLabel: { formatter: (l: string, i: number) => string } };
    expect(y.inverse).toBe(true);
    expect(y.data).toEqual(['Redemption rate', 'Enrolment']);
    expect(y.axisLabel.formatter('Redemption rate', 0)).toBe('{name|Redemption rate}\n{range|0.2 – 0.6}');
  });

  it('marks the base case and reads the axis as changes from it', () => {
    expect(series[1]!.markLine!.data).toEqual([{ xAxis: 0 }]);
    const x = option.xAxis as { axisLabel: { formatter: (v: number) => string }; name: string };
    expect(x.axisLabel.formatter(-20_000)).toBe('−€20,000');
    expect(x.axisLabel.formatter(0)).toBe('');
    expect(x.name).toBe('Change in programme cost from the base case');
  });

  it('names an assumption of every segment in words', () => {
    const o = buildTornadoOption({ rows: [row('Enrolment › rate by segment › *', 1, 2)], base: 1.5, kpiLabel: 'ROI', unit: 'ratio' }, TEST_CHART_THEME, format);
    const y = o.yAxis as { axisLabel: { formatter: (l: string, i: number) => string } };
    expect(y.axisLabel.formatter('Enrolment › rate by segment › *', 0)).toContain('{name|Enrolment › rate by segment › all segments}');
  });

  it('shows the two ends in the legend', () => {
    expect((option.legend as { data: string[] }).data).toEqual([TORNADO_NAMES.low, TORNADO_NAMES.high]);
  });

  it('leaves a missing end without a bar', () => {
    const o = buildTornadoOption({ rows: [row('Payback', null, 40)], base: 30, kpiLabel: 'Payback', unit: 'weeks' }, TEST_CHART_THEME, format);
    const items = (o.series as Series[]).flatMap((s) => s.data);
    expect(items.filter((i) => i.value === null)).toHaveLength(1);
  });
});

describe('tornado layout helpers', () => {
  it('grows with the rows', () => {
    expect(tornadoHeight(10)).toBeGreaterThan(tornadoHeight(4));
  });

  it('shortens a long name in the middle, keeping the field', () => {
    const long = 'Promotions › Triple points at Christmas for members › uplift share of spend';
    const short = shortLabel(long);
    expect(short.length).toBe(48);
    expect(short.endsWith('uplift share of spend')).toBe(true);
    expect(shortLabel('Short')).toBe('Short');
  });
});
