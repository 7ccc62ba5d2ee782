import { useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentationResult } from '../../../../shared/domain/segmentation';
import type { DraftState } from '../../drafts/draftState';
import { draftKey } from '../../drafts/draftStorage';
import { useDraft } from '../../drafts/useDraft';
import { useDraftControls } from '../../drafts/useDraftControls';
import { useDraftWorkspace } from '../../drafts/draftWorkspace';
import { namesOf, renamedSegments, segmentNameProblems, segmentNamesDraftName, type SegmentNames } from './segmentNames';

export interface SegmentNamesDraft {
  draft: DraftState<SegmentNames>;
  /** A segment's name as drafted. */
  nameOf(segment: number): string;
  /** True when the segment's drafted name is not saved yet. */
  renamed(segment: number): boolean;
  setName(segment: number, name: string): void;
  /** Puts the saved name back (a step Undo can take back). */
  revert(segment: number): void;
  /** Problems shown under the names, by segment (after a save was tried). */
  problems: Readonly<Record<number, string>>;
  saving: boolean;
  /** Why the names cannot be saved as typed (problems to fix), or null. */
  cannotSave: string | null;
  save(): Promise<boolean>;
}

const NO_NAMES: SegmentNames = {};

/**
 * Segment names typed in the profile table are a draft (kept across pages and restarts, with
 * undo) until saved; saving renames the segments one by one through `onRename`, stopping at the
 * first the backend refuses, whose message shows under its name. `result` is the segmentation in
 * use (the only one that can be renamed), or null while there is none.
 */
export function useSegmentNames(result: SegmentationResult | null, root: RefObject<HTMLElement | null>, onRename: (segment: number, name: string) => Promise<string | null>): SegmentNamesDraft {
  const { t } = useTranslation('segments');
  const { t: words } = useTranslation('drafts');
  const workspace = useDraftWorkspace();
  const saved = useMemo(() => (result ? namesOf(result) : NO_NAMES), [result]);
  const draftName = result ? segmentNamesDraftName(result) : null;
  const draft = useDraft<SegmentNames>(workspace !== null && draftName !== null ? draftKey(workspace, draftName) : null, saved);
  const names = draft.value ?? saved;
  const [problems, setProblems] = useState<Record<number, string>>({});
  const [saving, setSaving] = useState(false);
  const nameOf = (segment: number) => names[String(segment)] ?? saved[String(segment)] ?? '';

  const save = async (): Promise<boolean> => {
    if (saving || !result) return false;
    const found = segmentNameProblems(result, names);
    setProblems(found);
    if (Object.keys(found).length > 0) return false;
    setSaving(true);
    try {
      for (const { segment, name } of renamedSegments(result, names)) {
        const problem = await onRename(segment, name);
        if (problem) {
          setProblems({ [segment]: problem });
          return false;
        }
      }
      draft.settle(names);
      return true;
    } finally {
      setSaving(false);
    }
  };
  const problemCount = result ? Object.keys(segmentNameProblems(result, names)).length : 0;
  const cannotSave = problemCount > 0 ? t('profile.cannotSave', { count: problemCount }) : null;
  useDraftControls(root, { draft, label: words('labels.segmentNames'), cannotSave, save });

  return {
    draft,
    nameOf,
    renamed: (segment) => nameOf(segment).trim() !== (saved[String(segment)] ?? ''),
    setName: (segment, name) => {
      draft.edit({ ...names, [String(segment)]: name });
      setProblems((p) => (segment in p ? Object.fromEntries(Object.entries(p).filter(([k]) => k !== String(segment))) : p));
    },
    revert: (segment) => draft.edit({ ...names, [String(segment)]: saved[String(segment)] ?? '' }),
    problems,
    saving,
    cannotSave,
    save,
  };
}
