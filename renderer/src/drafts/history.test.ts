import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, recordEdit, redo, startHistory, TYPING_MS, undo } from './history';

interface Doc {
  name: string;
  rate: number | '';
  rows: string[];
  on: boolean;
}
const doc: Doc = { name: 'Basic', rate: 1, rows: ['a'], on: false };

describe('the undo history', () => {
  it('undoes and redoes edits in order, and a new edit drops what was undone', () => {
    let h = startHistory(doc);
    h = recordEdit(h, { ...h.present, rate: 2 }, 0);
    h = recordEdit(h, { ...h.present, name: 'Gold' }, 10);
    h = recordEdit(h, { ...h.present, rows: ['a', 'b'] }, 20);
    expect(h.past).toHaveLength(3);
    h = undo(undo(h));
    expect(h.present).toEqual({ ...doc, rate: 2 });
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present.name).toBe('Gold');
    h = recordEdit(h, { ...h.present, on: true }, 30);
    expect(canRedo(h)).toBe(false);
    expect(undo(undo(undo(undo(h)))).present).toEqual(doc);
    expect(canUndo(undo(undo(undo(undo(h)))))).toBe(false);
  });

  it('makes one step of typing in one field, and a new step after a pause or in another field', () => {
    let h = startHistory(doc);
    for (const [i, name] of ['S', 'Su', 'Sum', 'Summ'].entries()) h = recordEdit(h, { ...h.present, name }, i * 200);
    expect(h.past).toHaveLength(1);
    h = recordEdit(h, { ...h.present, name: 'Summer' }, 600 + TYPING_MS + 1);
    expect(h.past).toHaveLength(2);
    h = recordEdit(h, { ...h.present, rate: 5 }, 600 + TYPING_MS + 2);
    expect(h.past).toHaveLength(3);
    expect(undo(h).present.name).toBe('Summer');
    expect(undo(undo(h)).present.name).toBe('Summ');
    expect(undo(undo(undo(h))).present).toEqual(doc);
  });

  it('never merges a change of shape or a switch: each row added or flag flipped is its own step', () => {
    let h = startHistory(doc);
    h = recordEdit(h, { ...h.present, rows: ['a', 'b'] }, 0);
    h = recordEdit(h, { ...h.present, rows: ['a', 'b', 'c'] }, 1);
    h = recordEdit(h, { ...h.present, on: true }, 2);
    h = recordEdit(h, { ...h.present, on: false }, 3);
    expect(h.past).toHaveLength(4);
  });

  it('records nothing for an edit that changes nothing, even a rebuilt copy', () => {
    const h = startHistory(doc);
    expect(recordEdit(h, { ...doc, rows: [...doc.rows] }, 0)).toBe(h);
  });

  it('drops the step when typing comes back to where it began', () => {
    let h = startHistory(doc);
    h = recordEdit(h, { ...h.present, rate: 15 }, 0);
    h = recordEdit(h, { ...h.present, rate: 1 }, 100);
    expect(h.past).toHaveLength(0);
    expect(h.present).toEqual(doc);
  });

  it('keeps at most the limit of steps, losing the oldest', () => {
    let h = startHistory(doc);
    for (let i = 1; i <= 5; i++) h = recordEdit(h, { ...h.present, rows: [...h.present.rows, String(i)] }, i, 3);
    expect(h.past).toHaveLength(3);
    expect(h.past[0]!.rows).toEqual(['a', '1', '2']);
  });

  it('does nothing when there is nothing to undo or redo', () => {
    const h = startHistory(doc);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });
});
