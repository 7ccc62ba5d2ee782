import { useEffect, useRef } from 'react';
import { setLeaveGuard, type LeaveGuard } from './leaveGuard';

/**
 * Registers the page's draft with the leave prompt while the page is shown. The guard is read
 * through a ref, so the registry always sees this render's dirty flag and save function without
 * re-registering on every keystroke.
 */
export function useLeaveGuard(guard: LeaveGuard): void {
  const id = useRef(Symbol('leave-guard')).current;
  const latest = useRef(guard);
  latest.current = guard;
  useEffect(() => {
    setLeaveGuard(id, {
      get label() {
        return latest.current.label;
      },
      get dirty() {
        return latest.current.dirty;
      },
      get cannotSave() {
        return latest.current.cannotSave;
      },
      save: () => latest.current.save(),
      discard: () => latest.current.discard(),
    });
    return () => setLeaveGuard(id, null);
  }, [id]);
}
