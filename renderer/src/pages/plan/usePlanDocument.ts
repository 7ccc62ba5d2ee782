import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PlanSummary, StoredPlan } from '../../../../shared/contract/methods';
import { basicPlan } from '../../../../shared/plan/defaultPlans';
import { invoke } from '../../backend/client';
import { drafts } from '../../drafts/draftBook';
import type { DraftState } from '../../drafts/draftState';
import { draftKey } from '../../drafts/draftStorage';
import { useDraft } from '../../drafts/useDraft';
import { toDisplayedError } from '../../errors/displayedError';
import { reportError } from '../../errors/errorStore';
import { rememberedOpenPlan, rememberOpenPlan } from './openPlanMemory';
import { checkDraft, planToDraft, type DraftCheck, type PlanDraft } from './planForm';
import type { PlanT } from './planText';
import { requestRun } from './runRequest';
import { selectedPlanId, selectPlan } from './selectedPlan';

/** The plan on show: the workspace's unsaved new plan, or a stored plan's latest version. */
export type OpenDoc = { kind: 'new' } | { kind: 'stored'; stored: StoredPlan };

export interface PlanDocument {
  plans: PlanSummary[] | null;
  listError: string | null;
  /** Null until the plan to show on arrival is known. */
  doc: OpenDoc | null;
  draft: DraftState<PlanDraft>;
  /** The draft as shown (the untouched new plan before any edit). */
  value: PlanDraft;
  check: DraftCheck;
  saving: boolean;
  /** The unsaved new plan's name while it holds work (replacing it asks first), else null. */
  newPlanName: string | null;
  hasDraft(planId: number): boolean;
  open(planId: number): Promise<void>;
  openNew(): void;
  /** Makes `plan` the unsaved new plan (from a template or a file). */
  startNew(plan: PlanDraft): void;
  /** Saves the draft as the plan's next version; the stored plan, or null when not saved. */
  save(): Promise<StoredPlan | null>;
  remove(): Promise<void>;
  run(): void;
}

const NEW_PLAN = 'plan:new';
const planDraftName = (planId: number): string => `plan:${planId}`;

/**
 * The Plan page's document: the workspace's plans, the one on show and its draft. Every plan has
 * its own draft (kept across pages and restarts until saved or discarded), and so has the one
 * unsaved new plan; switching between them loses nothing, so it needs no question.
 */
export function usePlanDocument(scope: string, t: PlanT): PlanDocument {
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [doc, setDoc] = useState<OpenDoc | null>(null);
  const [saving, setSaving] = useState(false);
  // What the new plan shows before anyone touches it (a workspace without plans starts here).
  const untouched = useMemo(() => planToDraft(basicPlan()), []);

  const newKey = draftKey(scope, NEW_PLAN);
  const key = doc === null ? null : doc.kind === 'new' ? newKey : draftKey(scope, planDraftName(doc.stored.planId));
  const saved = doc?.kind === 'stored' ? doc.stored.plan : null;
  const draft = useDraft<PlanDraft>(key, saved, untouched);
  const value = draft.value ?? untouched;
  const check = useMemo(() => checkDraft(value, t), [value, t]);

  const refreshList = useCallback(async (): Promise<PlanSummary[] | null> => {
    try {
      const list = await invoke('plans.list', {});
      setPlans(list);
      setListError(null);
      return list;
    } catch (error) {
      setPlans([]);
      setListError(toDisplayedError(0, '', error).message);
      return null;
    }
  }, []);

  const show = useCallback(
    (next: OpenDoc) => {
      setDoc(next);
      rememberOpenPlan(scope, next.kind === 'new' ? 'new' : next.stored.planId);
      // The Simulation page follows a stored plan; with the new plan it falls back to the latest.
      selectPlan(scope, next.kind === 'new' ? null : next.stored.planId);
    },
    [scope],
  );

  const open = useCallback(
    async (planId: number) => {
      try {
        show({ kind: 'stored', stored: await invoke('plans.get', { planId }) });
      } catch (error) {
        reportError(t('errors.opening'), error);
      }
    },
    [show, t],
  );

  // On arrival: the plan chosen on the Simulation page, else the one shown here last (the new
  // plan included), else the latest stored, else an untouched new plan.
  useEffect(() => {
    let live = true;
    void refreshList().then(async (list) => {
      if (!live) return;
      const wanted = selectedPlanId(scope) ?? rememberedOpenPlan(scope);
      if (wanted === 'new' && drafts.hasUnsaved(newKey)) {
        setDoc({ kind: 'new' });
        return;
      }
      const target = list?.find((p) => p.planId === wanted) ?? list?.[0];
      if (target) await open(target.planId);
      else if (live) setDoc({ kind: 'new' });
    });
    return () => {
      live = false;
    };
  }, [scope, newKey, refreshList, open]);

  const save = async (): Promise<StoredPlan | null> => {
    if (doc === null || saving || !check.ok) return null;
    setSaving(true);
    try {
      const stored = await invoke('plans.save', doc.kind === 'new' ? { plan: check.plan } : { planId: doc.stored.planId, plan: check.plan });
      const storedKey = draftKey(scope, planDraftName(stored.planId));
      // A new plan's draft follows it to its id, so Undo still reaches the edits made before.
      if (doc.kind === 'new') drafts.move(newKey, storedKey, stored.plan);
      else drafts.settle(storedKey, stored.plan);
      show({ kind: 'stored', stored });
      void refreshList();
      return stored;
    } catch (error) {
      reportError(t('errors.saving'), error);
      return null;
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (doc?.kind !== 'stored') return;
    const { planId } = doc.stored;
    try {
      await invoke('plans.delete', { planId });
      // The user chose to delete the plan: its unsaved changes go with it.
      drafts.forget(draftKey(scope, planDraftName(planId)));
      show({ kind: 'new' });
      void refreshList();
    } catch (error) {
      reportError(t('errors.deleting'), error);
    }
  };

  return {
    plans,
    listError,
    doc,
    draft,
    value,
    check,
    saving,
    newPlanName: drafts.hasUnsaved(newKey) ? ((drafts.entry(newKey)?.history.present as PlanDraft | undefined)?.name ?? '') : null,
    hasDraft: (planId) => drafts.hasUnsaved(draftKey(scope, planDraftName(planId))),
    open,
    openNew: () => show({ kind: 'new' }),
    startNew: (plan) => {
      drafts.begin(newKey, plan, null);
      show({ kind: 'new' });
    },
    save,
    remove,
    run: () => {
      if (doc?.kind !== 'stored' || draft.dirty) return;
      requestRun(scope, doc.stored.planId);
      selectPlan(scope, doc.stored.planId);
      window.location.hash = '#/simulation';
    },
  };
}
