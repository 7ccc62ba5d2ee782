import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReadOptions } from '../../../shared/contract/importSchemas';
import type { ImportPreview, ImportReport } from '../../../shared/domain/imports';
import { invoke } from '../backend/client';
import type { DisplayedJob } from '../jobs/jobDisplay';
import {
  DEFAULT_RULES,
  IMPORT_STEPS,
  buildAttributeRequest,
  buildTransactionRequest,
  checkAttributes,
  checkMapping,
  checkRules,
  columnsSignature,
  effectiveRead,
  fixRead,
  importPathError,
  initialAttributes,
  initialMapping,
  readSettingsError,
  type AttributeDraft,
  type FixedRead,
  type ImportKind,
  type ImportStep,
  type MappingDraft,
  type RulesDraft,
} from './importForm';

export type RunState =
  | { status: 'idle' }
  /** `knownJobIds`: jobs that existed before, so the import's own job is the new one. */
  | { status: 'running'; knownJobIds: ReadonlySet<string> }
  | { status: 'done'; report: ImportReport }
  | { status: 'failed'; error: unknown };

export interface ImportWizard {
  step: ImportStep;
  stepIndex: number;
  kind: ImportKind;
  path: string;
  pathError: string | null;
  preview: ImportPreview | null;
  /** The settings in force (detected, with the user's fixes); null before the first preview. */
  read: ReadOptions | null;
  fixedRead: FixedRead;
  readError: { field: keyof ReadOptions; message: string } | null;
  previewLoading: boolean;
  previewError: unknown;
  mapping: MappingDraft | null;
  attributes: AttributeDraft | null;
  rules: RulesDraft;
  /** Steps where Next was pressed: their "required" messages show from then on. */
  attempted: ReadonlySet<ImportStep>;
  run: RunState;
  canGoBack: boolean;

  setKind(kind: ImportKind): void;
  setPath(path: string): void;
  changeRead<K extends keyof ReadOptions>(key: K, value: ReadOptions[K]): void;
  setMapping(mapping: MappingDraft): void;
  setAttributes(attributes: AttributeDraft): void;
  setRules(rules: RulesDraft): void;
  next(): void;
  back(): void;
  goTo(index: number): void;
  startImport(jobs: readonly DisplayedJob[]): void;
}

/**
 * The wizard's state and moves. Each step's Next checks that step with the shared schemas;
 * reading settings are previewed by the backend as they change, and only the latest answer
 * counts, so quick changes never show an older preview.
 */
export function useImportWizard(): ImportWizard {
  const [stepIndex, setStepIndex] = useState(0);
  const [kind, setKind] = useState<ImportKind>('transactions');
  const [path, setPathState] = useState('');
  const [pathTouched, setPathTouched] = useState(false);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  /** The path as typed for the preview on screen (the backend answers with it resolved). */
  const [previewedPath, setPreviewedPath] = useState<string | null>(null);
  const [previewLoading, setPreviewLoading] = useState(false);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [fixedRead, setFixedRead] = useState<FixedRead>({});
  const [mapping, setMapping] = useState<MappingDraft | null>(null);
  const [attributes, setAttributes] = useState<AttributeDraft | null>(null);
  const [draftsFor, setDraftsFor] = useState<string | null>(null);
  const [rules, setRules] = useState<RulesDraft>(DEFAULT_RULES);
  const [attempted, setAttempted] = useState<ReadonlySet<ImportStep>>(new Set());
  const [run, setRun] = useState<RunState>({ status: 'idle' });

  const previewSerial = useRef(0);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const step = IMPORT_STEPS[stepIndex] ?? 'file';
  const read = preview ? effectiveRead(preview.read, fixedRead) : null;
  const readError = read ? readSettingsError(read) : null;
  const pathError = pathTouched ? importPathError(path) : null;

  const attempt = (s: ImportStep) => setAttempted((previous) => new Set(previous).add(s));

  /** Asks the backend to look at the file; resolves true when this is still the latest answer. */
  const loadPreview = useCallback(async (forPath: string, fixed: FixedRead): Promise<boolean> => {
    const serial = ++previewSerial.current;
    setPreviewLoading(true);
    setPreviewError(null);
    try {
      const answer = await invoke('import.preview', Object.keys(fixed).length > 0 ? { path: forPath, read: fixed } : { path: forPath });
      if (!live.current || serial !== previewSerial.current) return false;
      setPreview(answer);
      return true;
    } catch (error) {
      if (live.current && serial === previewSerial.current) setPreviewError(error);
      return false;
    } finally {
      if (live.current && serial === previewSerial.current) setPreviewLoading(false);
    }
  }, []);

  const setPath = (next: string) => {
    setPathState(next);
    setPreviewError(null);
  };

  const changeRead = <K extends keyof ReadOptions>(key: K, value: ReadOptions[K]) => {
    if (!preview) return;
    const fixed = fixRead(fixedRead, key, value);
    setFixedRead(fixed);
    // Settings that contradict each other are shown as an error; the backend is not asked.
    if (readSettingsError(effectiveRead(preview.read, fixed)) === null) void loadPreview(preview.path, fixed);
  };

  /** Column choices start over when the columns themselves changed since they were made. */
  const prepareColumns = (current: ImportPreview) => {
    const signature = columnsSignature(current);
    if (signature === draftsFor && mapping && attributes) return;
    setMapping(initialMapping(current));
    setAttributes(initialAttributes(current));
    setDraftsFor(signature);
  };

  const stepIsValid = (s: ImportStep): boolean => {
    switch (s) {
      case 'file':
        return importPathError(path) === null;
      case 'read':
        return preview !== null && !previewLoading && previewError === null && readError === null;
      case 'columns':
        return kind === 'transactions' ? mapping !== null && checkMapping(mapping).mapping !== null : attributes !== null && checkAttributes(attributes).attributes !== null;
      case 'rules': {
        const checked = checkRules(rules);
        return kind === 'attributes' || (checked.rules !== null && checked.summary !== null);
      }
      case 'run':
        return true;
    }
  };

  const next = () => {
    attempt(step);
    if (step === 'file') {
      setPathTouched(true);
      if (!stepIsValid('file')) return;
      // Another file starts the reading settings afresh; the same file keeps the user's fixes.
      const samePath = preview !== null && path.trim() === previewedPath;
      const fixed = samePath ? fixedRead : {};
      if (!samePath) {
        setFixedRead({});
        setDraftsFor(null);
      }
      const typed = path.trim();
      void loadPreview(typed, fixed).then((ok) => {
        if (!ok) return;
        setPreviewedPath(typed);
        setStepIndex(1);
      });
      return;
    }
    if (!stepIsValid(step)) return;
    if (step === 'read' && preview) prepareColumns(preview);
    setStepIndex((i) => Math.min(i + 1, IMPORT_STEPS.length - 1));
  };

  const busy = run.status === 'running' || run.status === 'done';
  const back = () => {
    if (busy) return;
    if (run.status === 'failed') setRun({ status: 'idle' });
    setStepIndex((i) => Math.max(0, i - 1));
  };
  const goTo = (index: number) => {
    if (busy || index >= stepIndex) return;
    if (run.status === 'failed') setRun({ status: 'idle' });
    setStepIndex(index);
  };

  const startImport = (jobs: readonly DisplayedJob[]) => {
    if (!read || run.status === 'running') return;
    const target = path.trim();
    const fail = (message: string) => setRun({ status: 'failed', error: new Error(message) });
    let call: () => Promise<ImportReport>;
    if (kind === 'transactions') {
      const built = mapping ? buildTransactionRequest(target, read, mapping, rules) : null;
      if (!built?.ok) return fail(built?.message ?? 'The column choices are missing; go back to Columns.');
      call = () => invoke('import.transactions', built.request);
    } else {
      const built = attributes ? buildAttributeRequest(target, read, attributes, rules.onBadRows) : null;
      if (!built?.ok) return fail(built?.message ?? 'The column choices are missing; go back to Columns.');
      call = () => invoke('import.attributes', built.request);
    }
    setRun({ status: 'running', knownJobIds: new Set(jobs.map((j) => j.id)) });
    call().then(
      (report) => {
        if (!live.current) return;
        // The backend follows a finished import with 'workspace.changed', which reloads the page.
        setRun({ status: 'done', report });
      },
      (error: unknown) => {
        if (live.current) setRun({ status: 'failed', error });
      },
    );
  };

  return {
    step,
    stepIndex,
    kind,
    path,
    pathError,
    preview,
    read,
    fixedRead,
    readError,
    previewLoading,
    previewError,
    mapping,
    attributes,
    rules,
    attempted,
    run,
    canGoBack: stepIndex > 0 && !busy,
    setKind,
    setPath,
    changeRead,
    setMapping,
    setAttributes,
    setRules,
    next,
    back,
    goTo,
    startImport,
  };
}
