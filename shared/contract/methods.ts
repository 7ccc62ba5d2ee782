import type { CohortRow, CustomerDistributions, CustomerPage } from '../domain/customers';
import type { ImportPreview, ImportRecord, ImportReport } from '../domain/imports';
import type { JobSnapshot } from '../domain/jobs';
import type { CustomerValueCard } from '../domain/customerValue';
import type { ModelValidation } from '../domain/modelValidation';
import type { SegmentationResult } from '../domain/segmentation';
import type { LifecycleRules, LifecycleStageCount } from '../segments/lifecycle';
import type { StrategicScoreSettings } from '../value/strategicScore';
import type { CustomerOverview, RecentWorkspace, WorkspaceSummary } from '../domain/workspace';
import type { WorkspaceSettings } from '../domain/workspaceSettings';
import type { MethodName, ValidArgs } from './schemas';
import type { Plan } from '../plan/planSchema';
import type { SimulationResults, SimulationRunRecord } from '../simulation/results';
import type { GoalSeekResult, ReportFile, ScenarioResults, ScenarioSummary, SensitivityResult } from '../domain/scenarios';
import type { KeptAnalysis } from '../domain/analysisResults';

/** A stored plan's latest version. */
export interface PlanSummary {
  planId: number;
  name: string;
  version: number;
  updatedAt: string;
}
export interface StoredPlan extends PlanSummary {
  plan: Plan;
}
/** A stored plan's currency: a plan in another currency than the workspace's does not run until it is changed. */
export interface PlanCurrency {
  planId: number;
  name: string;
  currency: string;
}

/**
 * The settings dialog's view of the workspace: its currency and locale, and what a change of
 * currency would leave behind, said before the user confirms it.
 */
export interface WorkspaceSettingsView extends WorkspaceSettings {
  /** Transactions already imported: their amounts are in the current currency and are not converted. */
  transactions: number;
  /** Every stored plan with its currency (latest version), so the dialog can name those a change would leave in another. */
  plans: PlanCurrency[];
}

/** A finished run: its audit record (inputs' hash, version, seed, timings) and its results. */
export interface SimulationRun {
  record: SimulationRunRecord;
  results: SimulationResults;
}

export interface AppInfo {
  name: string;
  version: string;
  /** Which host serves the backend: the desktop app, the browser mode or the command line. */
  host: 'desktop' | 'browser' | 'cli';
  /** Highest workspace schema version this build reads and writes. */
  workspaceSchemaVersion: number;
  workerThreads: number;
}

/** The result type of each backend method: the typed contract between UI and backend. */
export interface MethodResults {
  'app.info': AppInfo;
  'workspace.current': WorkspaceSummary | null;
  /** Opens the last workspace, or the sample (generating it on first start). */
  'workspace.openDefault': WorkspaceSummary;
  /** Opens the sample workspace, generating it first when it is missing. */
  'workspace.openSample': WorkspaceSummary;
  'workspace.open': WorkspaceSummary;
  'workspace.create': WorkspaceSummary;
  'workspace.saveAs': WorkspaceSummary;
  'workspace.recent': RecentWorkspace[];
  'workspace.settings': WorkspaceSettingsView;
  /** Changes the currency, the locale or both; plans are left as they are (see WorkspaceSettingsView). */
  'workspace.setSettings': WorkspaceSummary;
  'customers.overview': CustomerOverview;
  'customers.page': CustomerPage;
  'customers.distributions': CustomerDistributions;
  'customers.cohorts': CohortRow[];
  /** Recomputes the stored customer summary for a calibration end and unit. */
  'customers.summarise': WorkspaceSummary;
  /** Looks at a file and proposes how to read it; writes nothing. */
  'import.preview': ImportPreview;
  /** Imports transactions as a job; all or nothing. */
  'import.transactions': ImportReport;
  'import.attributes': ImportReport;
  /** Every import into the workspace, newest first, with what each left out and why. */
  'imports.list': ImportRecord[];
  /** Fits BG/NBD, MBG/NBD, Pareto/NBD and Gamma-Gamma on a calibration period, as a job, with diagnostics and a recommendation. */
  'models.validate': ModelValidation;
  /** Values the customers and segments them (tiers, RFM or k-means), as a job, with quality figures. */
  'segments.run': SegmentationResult;
  /** The strategic value score's weights for this workspace, and the numeric attributes it can use. */
  'value.scoreSettings': { settings: StrategicScoreSettings; numericAttributes: { name: string; label: string; kind: string }[] };
  'value.setScoreSettings': { settings: StrategicScoreSettings; numericAttributes: { name: string; label: string; kind: string }[] };
  /** Customers by lifecycle stage under the given (or default) rules, at the summary's calibration end. */
  'customers.lifecycle': { calibrationEnd: string; rules: LifecycleRules; counts: LifecycleStageCount[] };
  /** The current (latest) segmentation of the workspace, or null. */
  'segments.current': SegmentationResult | null;
  'segments.rename': SegmentationResult;
  /** Merges segments into one (e.g. "Vulnerable"), recomputing its profile and quality; a job. */
  'segments.merge': SegmentationResult;
  /** One customer's value: summary, probability alive, expected purchases and spend, lifetime value, lifecycle stage. */
  'customers.valueCard': CustomerValueCard;
  /** The workspace's plans, latest version of each, most recently changed first. */
  'plans.list': PlanSummary[];
  'plans.get': StoredPlan;
  'plans.save': StoredPlan;
  /** A new plan from a template (not stored until saved). */
  'plans.template': Plan;
  'plans.delete': { deleted: boolean };
  /** Runs a stored plan over the workspace's customers (by segment) against the no-plan counterfactual, as a job. */
  'simulation.run': SimulationRun;
  /** The latest run of a plan, or null. */
  'simulation.latest': SimulationRun | null;
  /** The workspace's scenarios, with their latest run and whether it is out of date. */
  'scenarios.list': ScenarioSummary[];
  'scenarios.create': ScenarioSummary;
  'scenarios.update': ScenarioSummary;
  'scenarios.duplicate': ScenarioSummary;
  'scenarios.delete': { deleted: boolean };
  /** Runs the scenario (its plan's latest version, seed, draws, sample) as a job and keeps the run. */
  'scenarios.run': SimulationRun;
  /** The latest run of each scenario asked for, in the order asked. */
  'scenarios.results': ScenarioResults[];
  /** One-at-a-time sensitivity of a KPI to every assumption (a tornado), as a job. */
  'scenarios.sensitivity': SensitivityResult;
  /** Finds the lever value that hits a target, as a job. */
  'scenarios.goalSeek': GoalSeekResult;
  /**
   * The last result of an analysis kept in the workspace (a fit, a segmentation by method, a plan's
   * run, a scenario's sensitivity or goal seek), when it was made and whether it still stands for
   * what the workspace holds now; null when there is none.
   */
  'analysis.latest': KeptAnalysis | null;
  /** A report of the scenario's latest run (run first when it has none), made without a browser. */
  'reports.export': ReportFile;
  'jobs.list': JobSnapshot[];
  'jobs.cancel': { cancelled: boolean };
}

export type MethodResult<M extends MethodName> = MethodResults[M];

export type Handlers = {
  [M in MethodName]: (args: ValidArgs<M>) => Promise<MethodResults[M]>;
};

/** Events the backend pushes to every connected UI. */
export interface BackendEvents {
  'jobs.changed': JobSnapshot[];
  'workspace.changed': WorkspaceSummary | null;
}
export type EventName = keyof BackendEvents;
