import type { SimulationResults, SimulationRunRecord } from '../../../../shared/simulation/results';
import type { Formatters } from '../../format/formatters';
import { englishSimulationT, type SimulationT } from './simulationText';

/**
 * The run's audit line: what finance needs to reproduce the figures (seed, draws, plan version
 * by hash, app version) and how long it took. Workers are listed to show they do not matter:
 * the same inputs and seed give the same results whatever their number.
 */
export function auditLine(record: SimulationRunRecord, format: Formatters, t: SimulationT = englishSimulationT): string {
  const parts = [
    t('audit.run', { id: record.runId }),
    format.dateTime(record.startedAt),
    t('audit.seed', { seed: record.seed }),
    t('audit.draws', { count: record.draws, formatted: format.count(record.draws) }),
    t('audit.workers', { count: record.workers, formatted: format.count(record.workers) }),
    t('audit.plan', { hash: record.planHash.slice(0, 12) }),
    t('audit.inputs', { hash: record.inputsHash.slice(0, 12) }),
    t('audit.app', { version: record.appVersion }),
    t('audit.seconds', { seconds: format.decimal(record.seconds) }),
    t('audit.customerWeeks', { value: format.countCompact(record.customerWeeks) }),
  ];
  return parts.join(' · ');
}

/** Who was simulated: the whole base, or a stratified sample and its sampling error. */
export function coverageLine(results: SimulationResults, format: Formatters, t: SimulationT = englishSimulationT): string {
  const horizon = t('coverage.horizon', { weeks: format.count(results.horizonWeeks) });
  if (results.simulatedCustomers >= results.baseCustomers) return t('coverage.all', { customers: format.count(results.baseCustomers), horizon });
  const error = results.samplingRelativeError === null ? '' : t('coverage.samplingError', { error: format.percent(results.samplingRelativeError) });
  return t('coverage.sample', { simulated: format.count(results.simulatedCustomers), customers: format.count(results.baseCustomers), horizon, error });
}
