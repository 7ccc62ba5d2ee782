import { describe, expect, it } from 'vitest';
import { simulationRecordFixture, simulationResultsFixture } from '../../charts/simulationFixtures';
import { createFormatters } from '../../format/formatters';
import { auditLine, coverageLine } from './runAudit';

const format = createFormatters('en-US', 'EUR', 'UTC');

describe('auditLine', () => {
  it('lists what reproduces the run and how long it took', () => {
    expect(auditLine(simulationRecordFixture(), format)).toBe(
      'Run 3 · Nov 22, 2026, 05:30 PM · seed 7 · 5 draws · 2 workers · plan 9f2c4e1ab7d0 · inputs 41d0aa7c2e9b · app 0.5.0 · 4.2 s · 520K customer-weeks',
    );
    expect(auditLine(simulationRecordFixture({ draws: 1, workers: 1 }), format)).toContain('1 draw · 1 worker ·');
  });
});

describe('coverageLine', () => {
  it('says whether the whole base or a sample was simulated, with the sampling error', () => {
    expect(coverageLine(simulationResultsFixture(), format)).toBe('All 10,000 customers simulated over 52 weeks from launch.');
    expect(coverageLine(simulationResultsFixture({ simulatedCustomers: 2000, samplingRelativeError: 0.031 }), format)).toBe(
      'A stratified sample of 2,000 of 10,000 customers, scaled up by segment, over 52 weeks from launch; sampling error ±3.1% on incremental revenue.',
    );
  });
});
