import { BackendError } from '../../../shared/contract/errors';
import type { Handlers } from '../../../shared/contract/methods';
import type { CustomerRow } from '../../../shared/domain/customers';
import { DAYS_PER_UNIT } from '../../../shared/domain/timeUnits';
import { explainLifecycle, LIFECYCLE_STAGE_LABELS } from '../../../shared/segments/lifecycle';
import { isoDateSql } from '../queries/daySql';
import { loadModelData } from '../queries/modelData';
import { numericAttributes, readLifecycleRules, readScoreSettings, writeLifecycleRules, writeScoreSettings } from '../queries/userSettingsInWorkspace';
import { loadTrackingData } from '../queries/trackingData';
import { bgnbdConditionalProbabilityOfPurchases } from '../../../shared/models/conditionalPurchaseCount';
import { duration } from '../../../shared/models/modelTime';
import { readMeta } from '../queries/workspaceSummary';
import { currentSegmentation, mergeCurrentSegments, renameCurrentSegment, runSegmentation } from '../segments/runSegmentation';
import { workspaceAnalysisInputs } from '../analysis/analysisInputs';
import { FIT_KEY, keepAnalysis } from '../analysis/analysisStore';
import { latestAnalysis } from '../analysis/latestAnalysis';
import { customerValue, lifecycleCounts } from '../value/keptValuation';
import type { HandlerContext } from './context';

type ValueMethods =
  | 'models.validate'
  | 'customers.lifecycle'
  | 'value.scoreSettings'
  | 'value.setScoreSettings'
  | 'segments.run'
  | 'segments.current'
  | 'segments.rename'
  | 'segments.merge'
  | 'customers.valueCard'
  | 'analysis.latest';

export function valueHandlers(ctx: HandlerContext): Pick<Handlers, ValueMethods> {
  return {
    'models.validate': async (request) => {
      const { calibrationEnd, holdoutEnd, unit } = request;
      const label = 'Fitting and validating the customer-value models';
      // Held like a segmentation: the fit is kept in the workspace it was made on.
      return ctx.session.exclusive(label, ({ reader, db }) =>
        ctx.jobs.run(label, 'models', async (job) => {
          job.setTotal(1);
          // Taken before the data is read, under the same hold: they describe what the fit reads.
          const inputHashes = workspaceAnalysisInputs(reader, 'fit');
          const data = await loadModelData(reader, calibrationEnd, unit, { holdoutEnd, signal: job.signal });
          if (data.customerIds.length === 0) {
            throw new BackendError('bad-input', `No customer bought on or before ${calibrationEnd}.`, 'Choose a later calibration end.');
          }
          const tracking = await loadTrackingData(reader, calibrationEnd, holdoutEnd ?? calibrationEnd, job.signal);
          const result = await ctx.pool.run(
            'validateModels',
            [
              {
                calibrationEnd,
                holdoutEnd: holdoutEnd ?? null,
                unit,
                x: data.x,
                tx: data.tx,
                T: data.T,
                meanRepeatSpend: data.meanRepeatSpend,
                holdoutPurchases: data.holdout?.purchases ?? null,
                holdoutLengthUnits: data.holdout?.lengthUnits ?? 0,
                cohorts: tracking.cohorts,
                repeatDays: tracking.repeatDays,
              },
            ],
            job.signal,
          );
          job.throwIfCancelled();
          keepAnalysis(db, { kind: 'fit', key: FIT_KEY, madeAt: new Date().toISOString(), request, inputHashes, result });
          job.advance(1);
          return result;
        }),
      );
    },

    'segments.run': async (request) =>
      ctx.session.exclusive(`Segmenting customers (${request.method})`, ({ reader, db }) =>
        // The run tells the job its steps (reading, valuing, segmenting, storing) as it goes.
        ctx.jobs.run(`Segmenting customers (${request.method})`, 'steps', (job) => runSegmentation({ reader, writer: db }, ctx.pool, request, job)),
      ),

    'value.scoreSettings': async () => {
      const { reader } = ctx.session.require();
      return { settings: readScoreSettings(reader), numericAttributes: numericAttributes(reader) };
    },

    'value.setScoreSettings': async ({ settings }) =>
      ctx.session.exclusive('Saving the strategic score weights', async ({ db, reader }) => {
        const known = new Set(numericAttributes(reader).map((a) => a.name));
        const unknown = settings.qualitative.filter((q) => !known.has(q.attribute)).map((q) => q.attribute);
        if (unknown.length > 0) {
          throw new BackendError('invalid-arguments', `The workspace has no numeric attribute called ${unknown.join(', ')}.`, 'Choose among the workspace’s numeric CRM attributes.');
        }
        writeScoreSettings(db, settings);
        return { settings, numericAttributes: numericAttributes(reader) };
      }),

    'customers.lifecycle': async ({ rules }) => {
      // Rules the user applies are kept with the workspace; without new rules, the kept ones apply.
      if (rules) await ctx.session.exclusive('Saving the lifecycle rules', async ({ db }) => writeLifecycleRules(db, rules));
      const { reader } = ctx.session.require();
      const used = rules ?? readLifecycleRules(reader);
      // By the kept valuation's probability alive (the value card's): valued once, not on every request.
      const { calibrationEnd, counts } = await lifecycleCounts(ctx);
      return { calibrationEnd, rules: used, counts };
    },

    'segments.current': async () => currentSegmentation(ctx.session.require().reader),

    'analysis.latest': async (query) => latestAnalysis(ctx.session.require().reader, query),

    'segments.rename': async ({ segment, name }) => ctx.session.exclusive('Renaming a segment', async ({ db }) => renameCurrentSegment(db, segment, name)),

    'segments.merge': async ({ segments, name }) =>
      ctx.session.exclusive('Merging segments', ({ reader, db }) =>
        ctx.jobs.run(`Merging segments into "${name}"`, 'steps', (job) => mergeCurrentSegments({ reader, writer: db }, ctx.pool, segments, name, job)),
      ),

    'customers.valueCard': async ({ customerId }) => {
      const { reader } = ctx.session.require();
      const found = reader
        .prepare(
          `SELECT s.customer_key AS customerKey, c.customer_id AS customerId, ${isoDateSql('s.first_purchase_day')} AS firstPurchase, ${isoDateSql('s.last_purchase_day')} AS lastPurchase,
                  s.purchase_days AS purchaseDays, s.frequency, s.recency, s.age, s.total_spend AS totalSpend, s.average_spend AS averageSpend
             FROM customer_summary s JOIN customers c USING (customer_key) WHERE c.customer_id = ?`,
        )
        .get(customerId) as (CustomerRow & { customerKey: number }) | undefined;
      if (!found) throw new BackendError('not-found', `There is no customer ${customerId} in the customer summary.`, 'Check the id, or recompute the summary on the Data page.');
      const { customerKey, ...row } = found;
      // The whole base is valued once (the first card after an import waits for it, as a job) and
      // kept; a card reads this customer's kept figures and the kept models, and never refits.
      const valued = await customerValue(ctx, customerKey);
      if (!valued) throw new BackendError('not-found', `Customer ${customerId} is not in the valuation of the customer base.`, 'Recompute the summary on the Data page.');
      const { figures, summary } = valued;
      const { unit, calibrationEnd, settings, models, scoreSettings, missingAttributes } = summary;
      const score = figures.score!;
      const perUnit = DAYS_PER_UNIT[unit];
      const lifecycle = explainLifecycle(
        {
          daysSinceFirstPurchase: Math.round(row.age * perUnit),
          daysSinceLastPurchase: Math.round((row.age - row.recency) * perUnit),
          purchaseCount: row.purchaseDays,
          meanInterPurchaseDays: row.frequency > 0 ? (row.recency * perUnit) / row.frequency : NaN,
          probabilityAlive: figures.probabilityAlive,
        },
        readLifecycleRules(reader),
      );
      const fitted = { model: 'bg/nbd' as const, params: models.purchaseModel, timeUnit: unit };
      const customer = { frequency: row.frequency, recency: row.recency, age: Math.max(row.age, 1e-9), timeUnit: unit };
      const counts = [0, 1, 2, 3, 4].map((n) => bgnbdConditionalProbabilityOfPurchases(fitted, customer, duration(12, 'month'), n));
      const purchaseCountNextYear = [...counts, Math.max(0, 1 - counts.reduce((s, p) => s + p, 0))];
      const attributes = reader
        .prepare(
          `SELECT d.name, d.label, d.kind, coalesce(a.value_num, a.value_text) AS value
             FROM attribute_definitions d
             LEFT JOIN customer_attributes a ON a.name = d.name AND a.customer_key = ?
            ORDER BY CASE d.kind WHEN 'commercial' THEN 1 WHEN 'financial' THEN 2 WHEN 'quality' THEN 3 WHEN 'marketing' THEN 4 ELSE 5 END, d.name`,
        )
        .all(customerKey) as CustomerValueCardAttribute[];
      return {
        customer: row,
        unit,
        calibrationEnd,
        probabilityAlive: figures.probabilityAlive,
        expectedPurchasesNextYear: figures.expectedPurchasesYear,
        purchaseCountNextYear,
        expectedSpendPerPurchase: figures.expectedSpend,
        lifetimeValue: figures.clv,
        currencyCode: readMeta(reader, 'currency') ?? 'EUR',
        settings: { horizonMonths: settings.horizonMonths, discountRatePerYear: settings.discountRatePerYear, margin: settings.margin },
        lifecycle: { stage: lifecycle.stage, label: LIFECYCLE_STAGE_LABELS[lifecycle.stage], explanation: lifecycle.explanation },
        strategicScore: {
          score: score.score,
          prospective: score.prospective,
          current: score.current,
          qualitative: score.qualitative,
          weights: scoreSettings.weights,
          qualitativeAttributes: scoreSettings.qualitative.map((q) => q.attribute).filter((a) => !missingAttributes.includes(a)),
          missingAttributes,
        },
        attributes,
      };
    },
  };
}

type CustomerValueCardAttribute = { name: string; label: string; kind: string; value: string | number | null };
