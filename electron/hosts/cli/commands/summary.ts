import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { isoToDayNumber } from '../../../../shared/calendar/isoDate';
import { TIME_UNITS, type TimeUnit } from '../../../../shared/domain/timeUnits';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import { iterateCustomerSummary } from '../../../backend/queries/customerSummary';
import { UsageError } from '../cliErrors';
import type { Command } from '../command';

/** A CSV field, quoted only when it must be. */
const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'Write each customer’s frequency, recency, age (T) and repeat spend to a CSV file.',
  usage: `lw summary --workspace FILE.lwb --calibration-end YYYY-MM-DD --unit day|week|month --out FILE.csv

  Writes customer_id,frequency,recency,T,monetary_value: frequency = purchase days up to the
  calibration end minus one (same-day purchases count once); recency = first to last purchase
  day; T = first purchase day to the calibration end, both in the unit; monetary_value = mean
  spend of the repeat purchase days (0 without repeats). Numbers are written unrounded.`,

  async run(io) {
    const { values } = parseArgs({
      args: io.argv,
      options: { workspace: { type: 'string' }, 'calibration-end': { type: 'string' }, unit: { type: 'string' }, out: { type: 'string' } },
      strict: true,
    });
    if (!values.workspace) throw new UsageError('summary needs --workspace FILE.lwb.');
    if (!values.out) throw new UsageError('summary needs --out FILE.csv.');
    const end = values['calibration-end'];
    if (!end) throw new UsageError('summary needs --calibration-end YYYY-MM-DD.');
    try {
      isoToDayNumber(end);
    } catch (e) {
      throw new UsageError(`--calibration-end: ${(e as Error).message}`);
    }
    const unit = (values.unit ?? '') as TimeUnit;
    if (!TIME_UNITS.includes(unit)) throw new UsageError('--unit must be day, week or month.');

    const db = openWorkspace(resolve(values.workspace));
    const outPath = resolve(values.out);
    const out = createWriteStream(outPath);
    let rows = 0;
    try {
      out.write('customer_id,frequency,recency,T,monetary_value\n');
      for (const r of iterateCustomerSummary(db, end, unit)) {
        const ok = out.write(`${csvField(r.customerId)},${r.frequency},${r.recency},${r.age},${r.repeatAverageSpend}\n`);
        if (!ok) await once(out, 'drain');
        rows++;
      }
    } finally {
      out.end();
      await once(out, 'finish');
      db.close();
    }
    io.stdout(`Wrote ${rows.toLocaleString('en')} customers (calibration end ${end}, in ${unit}s) to ${outPath}.`);
    return 0;
  },
};
