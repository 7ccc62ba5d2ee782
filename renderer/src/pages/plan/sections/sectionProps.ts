import type { DerivedFigures } from '../../../../../shared/plan/derivedFigures';
import type { Assumption } from '../../../../../shared/plan/assumption';
import type { Formatters } from '../../../format/formatters';
import { defaultAssumptionAt } from '../planDefaults';
import type { FieldErrors, PlanDraft } from '../planForm';

/** What every section of the designer gets: the whole draft (sections read across), its errors, and the workspace's names. */
export interface SectionProps {
  draft: PlanDraft;
  errors: FieldErrors;
  onChange: (draft: PlanDraft) => void;
  /** The current segmentation's segment names; null when the workspace has none. */
  segmentNames: readonly string[] | null;
  /** The live figures of the last valid draft; null before the first. */
  figures: DerivedFigures | null;
  /** Formats in the plan's currency (the workspace's while the plan's code is not valid). */
  format: Formatters;
  /** The workspace's currency: a plan runs only in it. */
  workspaceCurrency: string;
}

/** Sets one top-level part of the draft. */
export function setPart<K extends keyof PlanDraft>(props: SectionProps, key: K, value: PlanDraft[K]): void {
  props.onChange({ ...props.draft, [key]: value });
}

/** The template's default for the assumption at a dotted draft path. */
export function defaultAt(path: string): Assumption | null {
  return defaultAssumptionAt(path.split('.').map((step) => (/^\d+$/.test(step) ? Number(step) : step)));
}
