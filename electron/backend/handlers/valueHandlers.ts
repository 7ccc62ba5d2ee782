import { BackendError } from '../../../shared/contract/errors';
import type { Handlers } from '../../../shared/contract/methods';
import { DEFAULT_VALUE_SETTINGS } from '../../../shared/contract/segmentSchemas';
import type { CustomerRow } from '../../../shared/domain/customers';
import { DAYS_PER_UNIT, type TimeUnit } from '../../../shared/domain/timeUnits';
import { assignLifecycleStages, explainLifecycle, LIFECYCLE_STAGE_LABELS } from '../../../shared/segments/lifecycle';
import { lastTransactionDate } from '../queries/customerSummary';
import { isoDateSql } from '../queries/daySql';
import { readModelData } from '../queries/modelData';
import { numericAttributes, readLifecycleRules, readScoreSettings, writeLifecycleRules, writeScoreSettings } from '../queries/userSettingsInWorkspace';
import { readStrategicInputs } from '../queries/strategicInputs';
import { readTrackingData } from '../queries/trackingData';
import { strategicScores } from '../../../shared/value/strategicScore';
import { bgnbdConditionalProbabilityOfPurchases } from '../../../shared/models/conditionalPurchaseCount';
import { duration } from '../../../shared/models/modelTime';
import { readMeta } from '../queries/workspaceSummary';
import { currentSegmentation, DEFAULT_MARGIN, mergeCurrentSegments, renameCurrentSegment, runSegmentation, workspaceMargin } from '../segments/runSegmentation';
import { workspaceAnalysisInputs } from '../analysis/analysisInputs';
import { FIT_KEY, keepAnalysis } from '../analysis/analysisStore';
import { latestAnalysis } from '../analysis/latestAnalysis';
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
          const data = readModelData(reader, calibrationEnd, unit, holdoutEnd);
          if (data.customerIds.length === 0) {
            throw new BackendError('bad-input', `No customer bought on or before ${calibrationEnd}.`, 'Choose a later calibration end.');
          }
          const tracking = readTrackingData(reader, calibrationEnd, holdoutEnd ?? calibrationEnd);
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
        ctx.jobs.run(`Segmenting customers (${request.method})`, 'steps', async (job) => {
          job.setTotal(1);
          const result = await runSegmentation({ reader, writer: db }, ctx.pool, request, job.signal);
          job.advance(1);
          return result;
        }),
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
      const calibrationEnd = readMeta(reader, 'summary.calibrationEnd') ?? lastTransactionDate(reader);
      if (!calibrationEnd) throw new BackendError('bad-input', 'The workspace has no transactions yet.', 'Import transactions first.');
      const unit = (readMeta(reader, 'summary.unit') as TimeUnit | null) ?? 'week';
      const data = readModelData(reader, calibrationEnd, unit);
      const perUnit = DAYS_PER_UNIT[unit];
      const values = await ctx.pool.run('valueCustomers', [unit, data.x, data.tx, data.T, data.meanRepeatSpend, { ...DEFAULT_VALUE_SETTINGS, margin: DEFAULT_MARGIN }]);
      const used = rules ?? readLifecycleRules(reader);
      const assignment = assignLifecycleStages(
        {
          daysSinceFirstPurchase: Float64Array.from(data.T, (T) => Math.round(T * perUnit)),
          daysSinceLastPurchase: Float64Array.from(data.T, (T, i) => Math.round((T - data.tx[i]!) * perUnit)),
          purchaseCount: Float64Array.from(data.x, (x) => x + 1),
          meanInterPurchaseDays: Float64Array.from(data.x, (x, i) => (x > 0 ? (data.tx[i]! * perUnit) / x : NaN)),
          probabilityAlive: values.probabilityAlive,
        },
        used,
      );
      return { calibrationEnd, rules: used, counts: assignment.counts };
    },

    'segments.current': async () => currentSegmentation(ctx.session.require().reader),

    'analysis.latest': async (query) => latestAnalysis(ctx.session.require().reader, query),

    'segments.rename': async ({ segment, name }) => ctx.session.exclusive('Renaming a segment', async ({ db }) => renameCurrentSegment(db, segment, name)),

    'segments.merge': async ({ segments, name }) =>
      ctx.session.exclusive('Merging segments', ({ reader, db }) =>
        ctx.jobs.run(`Merging segments into "${name}"`, 'steps', async (job) => {
          job.setTotal(1);
          const result = await mergeCurrentSegments({ reader, writer: db }, ctx.pool, segments, name, job.signal);
          job.advance(1);
          return result;
        }),
      ),

    'customers.valueCard': async ({ customerId }) => {
      const { reader } = ctx.session.require();
      const row = reader
        .prepare(
          `SELECT c.customer_id AS customerId, ${isoDateSql('s.first_purchase_day')} AS firstPurchase, ${isoDateSql('s.last_purchase_day')} AS lastPurchase,
                  s.purchase_days AS purchaseDays, s.frequency, s.recency, s.age, s.total_spend AS totalSpend, s.average_spend AS averageSpend
             FROM customer_summary s JOIN customers c USING (customer_key) WHERE c.customer_id = ?`,
        )
        .get(customerId) as CustomerRow | undefined;
      if (!row) throw new BackendError('not-found', `There is no customer ${customerId} in the customer summary.`, 'Check the id, or recompute the summary on the Data page.');
      const calibrationEnd = readMeta(reader, 'summary.calibrationEnd') ?? lastTransactionDate(reader)!;
      const unit = (readMeta(reader, 'summary.unit') as TimeUnit | null) ?? 'week';
      // The models are fitted on the whole base each time: a second or two on the sample, and
      // always in step with the data.
      const data = readModelData(reader, calibrationEnd, unit);
      const i = data.customerIds.indexOf(customerId);
      const margin = workspaceMargin(reader) ?? DEFAULT_MARGIN;
      const settings = { ...DEFAULT_VALUE_SETTINGS, margin };
      const values = await ctx.pool.run('valueCustomers', [unit, data.x, data.tx, data.T, data.meanRepeatSpend, settings]);
      const perUnit = DAYS_PER_UNIT[unit];
      const lifecycle = explainLifecycle(
        {
        daysSinceFirstPurchase: Math.round(row.age * perUnit),
        daysSinceLastPurchase: Math.round((row.age - row.recency) * perUnit),
        purchaseCount: row.purchaseDays,
        meanInterPurchaseDays: row.frequency > 0 ? (row.recency * perUnit) / row.frequency : NaN,
          probabilityAlive: values.probabilityAlive[i]!,
        },
        readLifecycleRules(reader),
      );
      const fitted = { model: 'bg/nbd' as const, params: values.purchaseModel, timeUnit: unit };
      const customer = { frequency: row.frequency, recency: row.recency, age: Math.max(row.age, 1e-9), timeUnit: unit };
      const counts = [0, 1, 2, 3, 4].map((n) => bgnbdConditionalProbabilityOfPurchases(fitted, customer, duration(12, 'month'), n));
      const purchaseCountNextYear = [...counts, Math.max(0, 1 - counts.reduce((s, p) => s + p, 0))];
      const scoreSettings = readScoreSettings(reader);
      const inputs = readStrategicInputs(reader, data.customerIds, calibrationEnd, margin, scoreSettings.qualitative.map((q) => q.attribute));
      const scores = strategicScores({ lifetimeValue: values.clv, historicMargin: inputs.historicMargin, attributes: inputs.attributes }, scoreSettings);
      const attributes = reader
        .prepare(
          `SELECT d.name, d.label, d.kind, coalesce(a.value_num, a.value_text) AS value
             FROM attribute_definitions d
             LEFT JOIN customer_attributes a ON a.name = d.name AND a.customer_key = (SELECT customer_key FROM customers WHERE customer_id = ?)
            ORDER BY CASE d.kind WHEN 'commercial' THEN 1 WHEN 'financial' THEN 2 WHEN 'quality' THEN 3 WHEN 'marketing' THEN 4 ELSE 5 END, d.name`,
        )
        .all(customerId) as CustomerValueCardAttribute[];
      return {
        customer: row,
        unit,
        calibrationEnd,
        probabilityAlive: values.probabilityAlive[i]!,
        expectedPurchasesNextYear: values.expectedPurchasesYear[i]!,
        purchaseCountNextYear,
        expectedSpendPerPurchase: values.expectedSpend[i]!,
        lifetimeValue: values.clv[i]!,
        currencyCode: readMeta(reader, 'currency') ?? 'EUR',
        settings,
        lifecycle: { stage: lifecycle.stage, label: LIFECYCLE_STAGE_LABELS[lifecycle.stage], explanation: lifecycle.explanation },
        strategicScore: {
          score: scores.score[i]!,
          prospective: scores.prospective[i]!,
          current: scores.current[i]!,
          qualitative: scores.qualitative[i]!,
          weights: scoreSettings.weights,
          qualitativeAttributes: scoreSettings.qualitative.map((q) => q.attribute).filter((a) => !scores.missingAttributes.includes(a)),
          missingAttributes: scores.missingAttributes,
        },
        attributes,
      };
    },
  };
}

type CustomerValueCardAttribute = { name: string; label: string; kind: string; value: string | number | null };
