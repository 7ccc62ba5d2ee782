import { describe, expect, it } from 'vitest';
import { scaledResults, scenarioResultsFixture } from '../charts/scenarioFixtures';
import { buildRetentionOption } from '../charts/simulationRetentionOption';
import { simulationResultsFixture } from '../charts/simulationFixtures';
import { TEST_CHART_THEME } from '../charts/testFixtures';
import { createFormatters } from '../format/formatters';
import { buildSlides, largeTypeOption, slideForKey } from './presentationSlides';

const format = createFormatters('en-US', 'EUR');

describe('buildSlides', () => {
  const results = simulationResultsFixture();

  it('tells the story in order: title, retention, cost, liability, points', () => {
    const slides = buildSlides('Base plan', results, [], format);
    expect(slides.map((s) => s.kind)).toEqual(['title', 'retention', 'cost', 'liability', 'points']);
    expect(slides[0]!.title).toBe('Base plan');
  });

  it('says each slide’s point with the run’s figures', () => {
    const [, retention, cost] = buildSlides('Base plan', results, [], format);
    expect(retention!.line).toBe('With the plan, 820 more customers are still buying after 52 weeks than without it.');
    expect(cost!.line).toContain('€98,000');
    expect(cost!.line).toContain('0.74%');
  });

  it('ends on the comparison when two or more compared scenarios have runs', () => {
    const a = scenarioResultsFixture({ name: 'A' }, scaledResults(1));
    const b = scenarioResultsFixture({ scenarioId: 2, name: 'B' }, scaledResults(1.2));
    const unrun = scenarioResultsFixture({ scenarioId: 3, name: 'C' }, null);
    expect(buildSlides('A', results, [a, b], format).at(-1)!.kind).toBe('comparison');
    expect(buildSlides('A', results, [a, unrun], format).at(-1)!.kind).toBe('points');
  });
});

describe('slideForKey', () => {
  it('steps with the arrows and page keys, stopping at the ends', () => {
    expect(slideForKey('ArrowRight', 0, 5)).toBe(1);
    expect(slideForKey('ArrowRight', 4, 5)).toBe(4);
    expect(slideForKey('PageUp', 2, 5)).toBe(1);
    expect(slideForKey('ArrowLeft', 0, 5)).toBe(0);
    expect(slideForKey('End', 0, 5)).toBe(4);
  });

  it('leaves on Escape and ignores other keys', () => {
    expect(slideForKey('Escape', 2, 5)).toBe('exit');
    expect(slideForKey('a', 2, 5)).toBeNull();
  });
});

describe('largeTypeOption', () => {
  it('enlarges the text of the legend and axes and keeps the series', () => {
    const option = buildRetentionOption({ results: simulationResultsFixture(), segment: null }, TEST_CHART_THEME, format);
    const large = largeTypeOption(option);
    expect((large.legend as { textStyle: { fontSize: number } }).textStyle.fontSize).toBe(16);
    expect((large.yAxis as { axisLabel: { fontSize: number; formatter: unknown } }).axisLabel.fontSize).toBe(15);
    // The axis keeps its own label formatter.
    expect(typeof (large.yAxis as { axisLabel: { formatter: unknown } }).axisLabel.formatter).toBe('function');
    expect(large.series).toBe(option.series);
  });
});
