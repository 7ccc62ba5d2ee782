import type { SimulationResults, SimulationRunRecord } from '../../../../shared/simulation/results';
import type { Formatters } from '../../format/formatters';

/**
 * The run's audit line: what finance needs to reproduce the figures (seed, draws, plan version
 * by hash, app version) and how long it took. Workers are listed to show they do not matter:
 * the same inputs and seed give the same results whatever their number.
 */
export function auditLine(record: SimulationRunRecord, format: Formatters): string {
  const parts = [
    `Run ${record.runId}`,
    format.dateTime(record.startedAt),
    `seed ${record.seed}`,
    `${format.count(record.draws)} ${record.draws === 1 ? 'draw' : 'draws'}`,
    `${format.count(record.workers)} ${record.workers === 1 ? 'worker' : 'workers'}`,
    `plan ${record.planHash.slice(0, 12)}`,
    `inputs ${record.inputsHash.slice(0, 12)}`,
    `app ${record.appVersion}`,
    `${format.decimal(record.seconds)} s`,
    `${format.countCompact(record.customerWeeks)} customer-weeks`,
  ];
  return parts.join(' · ');
}

/** Who was simulated: the whole base, or a stratified sample and its sampling error. */
export function coverageLine(results: SimulationResults, format: Formatters): string {
  const horizon = `${format.count(results.horizonWeeks)} weeks from launch`;
  if (results.simulatedCustomers >= results.baseCustomers) return `All ${format.count(results.baseCustomers)} customers simulated over ${horizon}.`;
  const error = results.samplingRelativeError === null ? '' : `; sampling error ±${format.percent(results.samplingRelativeError)} on incremental revenue`;
  return `A stratified sample of ${format.count(results.simulatedCustomers)} of ${format.count(results.baseCustomers)} customers, scaled up by segment, over ${horizon}${error}.`;
}
