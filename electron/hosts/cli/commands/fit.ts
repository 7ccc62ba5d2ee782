import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fitRequestSchema, MODEL_KEYS, MODEL_LABELS } from '../../../../shared/contract/modelSchemas';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import { runFit } from '../../../backend/models/runFit';
import { WorkerPool } from '../../../backend/workers/workerPool';
import { UsageError } from '../cliErrors';
import type { Command } from '../command';
import { parseOptions } from '../optionIssues';

export const fitCommand: Command = {
  name: 'fit',
  summary: 'Fit a customer-value model (BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma) to a workspace.',
  usage: `lw fit --workspace FILE.lwb --model ${MODEL_KEYS.join('|')} --calibration-end YYYY-MM-DD --unit day|week|month [--json]

  Fits by maximum likelihood on each customer's summary up to the calibration end (purchase
  days; frequency, recency and T in the unit). --json prints
  {"model", "params", "logLikelihood", "n", "standardErrors", "ci95", "aic", "bic", ...,
  "ageZeroCustomersLeftOut"}. Customers first seen on the calibration end (age 0) are left out.
  Parameters: r, alpha, a, b (bgnbd, mbgnbd); r, alpha, s, beta (pnbd); p, q, gamma (gg).`,

  async run(io) {
    const { values } = parseArgs({
      args: io.argv,
      options: { workspace: { type: 'string' }, model: { type: 'string' }, 'calibration-end': { type: 'string' }, unit: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
    });
    if (!values.workspace) throw new UsageError('fit needs --workspace FILE.lwb.');
    const request = parseOptions('fit', fitRequestSchema, { model: values.model, calibrationEnd: values['calibration-end'], unit: values.unit ?? 'week' }, {
      model: { flag: '--model', form: MODEL_KEYS.join('|'), given: values.model },
      calibrationEnd: { flag: '--calibration-end', form: 'YYYY-MM-DD (the last day the models learn from)', given: values['calibration-end'] },
      unit: { flag: '--unit', form: 'day|week|month', given: values.unit },
    });
    const db = openWorkspace(resolve(values.workspace));
    const pool = new WorkerPool(1);
    try {
      const fit = await runFit(db, pool, request, io.signal);
      if (values.json) {
        const { model: _internalName, fitMs, ...rest } = fit;
        io.stdout(JSON.stringify({ model: request.model, ...rest, fitMs }, null, 2));
      } else {
        const names = Object.keys(fit.params);
        io.stdout(`${MODEL_LABELS[request.model]} on ${fit.n.toLocaleString('en')} customers (${fit.rows.toLocaleString('en')} distinct rows), calibration end ${request.calibrationEnd}, in ${request.unit}s`);
        if (fit.ageZeroCustomersLeftOut > 0) io.stdout(`${fit.ageZeroCustomersLeftOut.toLocaleString('en')} customers first seen on the calibration end are left out: no time has passed to see them buy again.`);
        io.stdout(`${'parameter'.padEnd(10)} ${'estimate'.padStart(10)} ${'std. error'.padStart(11)}   95% interval`);
        for (const p of names) {
          const ci = fit.ci95[p]!;
          io.stdout(`${p.padEnd(10)} ${fit.params[p]!.toFixed(4).padStart(10)} ${fit.standardErrors[p]!.toFixed(4).padStart(11)}   ${ci.lower.toFixed(4)} – ${ci.upper.toFixed(4)}`);
        }
        io.stdout(`log-likelihood ${fit.logLikelihood.toFixed(2)}   AIC ${fit.aic.toFixed(1)}   BIC ${fit.bic.toFixed(1)}   ${fit.converged ? 'converged' : 'NOT converged'} (${fit.method}, ${fit.iterations} iterations, ${fit.fitMs.toFixed(0)} ms)`);
        for (const w of fit.warnings) io.stdout(`warning: ${w}`);
      }
    } finally {
      await pool.close();
      db.close();
    }
    return 0;
  },
};
