import { describe, expect, it } from 'vitest';
import { dayNumberToIso, isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { ModelKey } from '../../../shared/contract/modelSchemas';
import { exponential, gamma } from '../../../shared/random/distributions';
import { createRng } from '../../../shared/random/rng';
import { migrate } from '../db/migrations';
import { openSqlite } from '../db/sqlite';
import type { WritableDB } from '../db/types';
import { readModelData } from '../queries/modelData';
import { readTrackingData } from '../queries/trackingData';
import { readWorkspaceBase } from '../simulation/workspaceInput';
import { modelApi, type ModelMethod } from '../workers/modelApi';
import type { WorkerPool } from '../workers/workerPool';
import { runFit } from './runFit';
import { validateModels } from './validateModels';

const FIRST_DAY = isoToDayNumber('2023-01-01');
const LAST_DAY = FIRST_DAY + 364;
const CALIBRATION_END = dayNumberToIso(LAST_DAY);

/**
 * A year of a few hundred customers' purchases (seeded), the last of them on CALIBRATION_END
 * (so that is the last transaction date, with or without the newcomer); with `newcomer`, one
 * more customer whose first and only purchase is on that day: age 0 at the calibration end.
 */
function workspace(newcomer: boolean): WritableDB {
  const db = openSqlite(':memory:') as WritableDB;
  migrate(db);
  const rng = createRng(42);
  const purchases: [string, number, number][] = [];
  // Pareto/NBD customers: a Gamma-distributed purchase rate and lifetime rate, per day.
  for (let c = 0; c < 500; c++) {
    const id = `c${c}`;
    const first = FIRST_DAY + Math.floor(rng.next() * 300);
    const perDay = gamma(rng, 1.2, 40);
    const lifetimeEnd = first + exponential(rng, gamma(rng, 1, 150));
    const basketMean = 10 + 40 * rng.next();
    for (let day = first; day <= Math.min(LAST_DAY - 1, lifetimeEnd); day += Math.max(1, Math.round(exponential(rng, perDay)))) {
      purchases.push([id, day, Math.round(basketMean * (0.5 + rng.next()))]);
    }
  }
  purchases.push(['c0', LAST_DAY, 12]);
  if (newcomer) purchases.push(['newcomer', LAST_DAY, 30]);
  db.transaction(() => {
    for (const id of new Set(purchases.map((p) => p[0]))) db.prepare('INSERT INTO customers(customer_id) VALUES (?)').run(id);
    const insert = db.prepare('INSERT INTO transactions(customer_key, day_number, amount) SELECT customer_key, ?, ? FROM customers WHERE customer_id = ?');
    for (const [id, day, amount] of purchases) insert.run(day, amount, id);
  })();
  return db;
}

/** The worker pool's calls made in this thread: the same model functions, without starting workers. */
const inThisThread = {
  run: (method: ModelMethod, args: unknown[]) => Promise.resolve((modelApi[method] as (...a: unknown[]) => unknown)(...args)),
} as unknown as WorkerPool;

describe('fits leave out the customers first seen on the calibration end (age 0)', () => {
  const withNewcomer = workspace(true);
  const without = workspace(false);

  it.each<ModelKey>(['bgnbd', 'mbgnbd', 'pnbd', 'gg'])('runFit %s fits a base with one, to the parameters of the base without it, and says it left one out', async (model) => {
    const request = { model, calibrationEnd: CALIBRATION_END, unit: 'week' } as const;
    const fit = await runFit(withNewcomer, inThisThread, request);
    const reference = await runFit(without, inThisThread, request);
    expect(fit.ageZeroCustomersLeftOut).toBe(1);
    expect(reference.ageZeroCustomersLeftOut).toBe(0);
    expect(fit.n).toBe(reference.n);
    expect(fit.params).toEqual(reference.params);
    expect(fit.logLikelihood).toBe(reference.logLikelihood);
  });

  it('readWorkspaceBase (lw simulate on a base not yet segmented) fits one model for all, as without the newcomer, and still simulates the newcomer', async () => {
    const base = await readWorkspaceBase(withNewcomer, inThisThread, { seed: 1 });
    const reference = await readWorkspaceBase(without, inThisThread, { seed: 1 });
    expect(base.calibrationEnd).toBe(CALIBRATION_END);
    const models = (b: typeof base) => b.blocks.map((block) => (block.kind === 'history' ? block.models : null));
    expect(models(base)[0]).toEqual(models(reference)[0]);
    expect(base.segments[0]!.baseCustomers).toBe(reference.segments[0]!.baseCustomers + 1);
  });

  it('validateModels (the Customer value page) fits as without the newcomer and counts it as left out', () => {
    const validate = (db: WritableDB) => {
      const data = readModelData(db, CALIBRATION_END, 'week');
      const tracking = readTrackingData(db, CALIBRATION_END, CALIBRATION_END);
      return validateModels({
        calibrationEnd: CALIBRATION_END,
        holdoutEnd: null,
        unit: 'week',
        x: data.x,
        tx: data.tx,
        T: data.T,
        meanRepeatSpend: data.meanRepeatSpend,
        holdoutPurchases: null,
        holdoutLengthUnits: 0,
        cohorts: tracking.cohorts,
        repeatDays: tracking.repeatDays,
      });
    };
    const validation = validate(withNewcomer);
    const reference = validate(without);
    expect(validation.failed).toEqual([]);
    expect(validation.ageZeroCustomersLeftOut).toBe(1);
    expect(reference.ageZeroCustomersLeftOut).toBe(0);
    expect(validation.customers).toBe(reference.customers);
    expect(validation.purchaseModels.map((m) => m.params)).toEqual(reference.purchaseModels.map((m) => m.params));
  });

  // What a worker's error looks like on this side: comlink keeps the name and message, not the class.
  const failing = (error: Error) => ({ run: () => Promise.reject(error) }) as unknown as WorkerPool;
  const crossed = (name: string, message: string) => Object.assign(new Error(message), { name });

  it('runFit tells a fit the data cannot support (bad input, said so) from a fault (which goes up as it is)', async () => {
    const request = { model: 'pnbd', calibrationEnd: CALIBRATION_END, unit: 'week' } as const;
    await expect(runFit(without, failing(crossed('ModelFitError', 'pareto/nbd fit failed: the optimiser did not converge')), request)).rejects.toMatchObject({
      code: 'bad-input',
      message: 'The Pareto/NBD fit did not succeed: pareto/nbd fit failed: the optimiser did not converge',
    });
    await expect(runFit(without, failing(crossed('SummaryRowError', 'row 3 (frequency 1, mean spend 0): mean spend per repeat purchase must be positive')), request)).rejects.toMatchObject({ code: 'bad-input' });
    const fault = crossed('RangeError', 'Maximum call stack size exceeded');
    await expect(runFit(without, failing(fault), request)).rejects.toBe(fault);
  });
});
