import { describe, expect, it, vi } from 'vitest';
import { clearPendingLeave, dirtyGuards, pendingLeave, requestLeave, setLeaveGuard, type LeaveGuard } from './leaveGuard';

const guard = (dirty: boolean): LeaveGuard => ({ label: 'Plan “Basic”', dirty, cannotSave: null, save: async () => true, discard: () => {} });

describe('the leave guard', () => {
  it('lets a leave through at once when nothing is unsaved', () => {
    const id = Symbol('clean');
    setLeaveGuard(id, guard(false));
    const proceed = vi.fn();
    requestLeave(proceed);
    expect(proceed).toHaveBeenCalledOnce();
    expect(pendingLeave()).toBeNull();
    setLeaveGuard(id, null);
  });

  it('holds a leave while a draft is unsaved, listing it, until the user answers', () => {
    const id = Symbol('dirty');
    setLeaveGuard(id, guard(true));
    const proceed = vi.fn();
    requestLeave(proceed);
    expect(proceed).not.toHaveBeenCalled();
    expect(pendingLeave()?.guards.map((g) => g.label)).toEqual(['Plan “Basic”']);
    clearPendingLeave();
    expect(pendingLeave()).toBeNull();
    setLeaveGuard(id, null);
    expect(dirtyGuards()).toEqual([]);
  });
});
