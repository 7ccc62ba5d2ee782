import { useEffect, useRef, useState } from 'react';
import { useKeptResult, type KeptResult } from '../../results/useKeptResult';
import { DEFAULT_SEGMENT_FORM, segmentFormOf, type SegmentForm } from './segmentForm';
import type { SegmentationInUse } from './useSegmentationInUse';

export interface SegmentStudioForm {
  form: SegmentForm;
  /** The user's edit: a change of method shows that method's last segmentation, with its settings. */
  change(next: SegmentForm): void;
  /** Puts settings in the form (a re-run of a kept segmentation). */
  put(form: SegmentForm): void;
  /** The last segmentation of the method the toggle names, kept in the workspace. */
  shown: KeptResult<'segmentation'>;
}

/**
 * The studio's settings and the segmentation they show. On arrival the toggle is put on the
 * method in use, so the figures under "k-means" are always k-means'; whenever a method's last
 * segmentation comes into view its settings fill the form, so the settings read beside the
 * figures are the ones that made them. Typing in a field stops that until the method changes.
 */
export function useSegmentForm(scope: string, inUse: SegmentationInUse): SegmentStudioForm {
  const [form, setForm] = useState<SegmentForm>(DEFAULT_SEGMENT_FORM);
  const shown = useKeptResult(scope, { kind: 'segmentation', method: form.method });
  const placed = useRef(false);
  const restoring = useRef(true);
  const { kept, loaded } = shown;

  useEffect(() => {
    if (!placed.current) {
      if (!inUse.loaded) return;
      const method = inUse.current?.method;
      if (method && form.method !== method) {
        setForm((f) => ({ ...f, method }));
        return;
      }
      // Its kept segmentation is on the way (there is one for every method used).
      if (method && !loaded) return;
      placed.current = true;
    }
    if (restoring.current && kept && kept.request.method === form.method) {
      restoring.current = false;
      setForm(segmentFormOf(kept.request));
    }
  }, [inUse.loaded, inUse.current, kept, loaded, form.method]);

  return {
    form,
    change: (next) => {
      placed.current = true;
      restoring.current = next.method !== form.method;
      setForm(next);
    },
    put: (next) => {
      placed.current = true;
      restoring.current = false;
      setForm(next);
    },
    shown,
  };
}
