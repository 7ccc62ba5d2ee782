import { describe, expect, it } from 'vitest';
import { DraftBook } from './draftBook';
import { draftState } from './draftState';
import { draftKey, localDraftStorage, memoryDraftStorage } from './draftStorage';

const saved = { weights: { prospective: 50, current: 30 } };
const key = draftKey('/w/retail.lwb', 'score');

function setup() {
  const storage = memoryDraftStorage();
  let now = 0;
  const book = new DraftBook(storage, () => (now += 5000));
  return { storage, book, state: (s: typeof saved | null = saved) => draftState(book, key, s) };
}

describe('a draft with history', () => {
  it('shows the saved value until the first edit, then the draft, dirty and kept on this machine', () => {
    const { storage, state } = setup();
    expect(state().value).toEqual(saved);
    expect(state().dirty).toBe(false);
    state().edit({ weights: { prospective: 60, current: 30 } });
    expect(state().value).toEqual({ weights: { prospective: 60, current: 30 } });
    expect(state().dirty).toBe(true);
    expect(storage.read(key)?.value).toEqual({ weights: { prospective: 60, current: 30 } });
  });

  it('outlives the page (the book is outside it) and a restart (a new book reads storage)', () => {
    const { storage, state } = setup();
    state().edit({ weights: { prospective: 70, current: 30 } });
    const restarted = new DraftBook(storage);
    const after = draftState(restarted, key, saved);
    expect(after.value).toEqual({ weights: { prospective: 70, current: 30 } });
    expect(after.dirty).toBe(true);
    expect(after.canUndo).toBe(false);
  });

  it('undoes back to the saved value, which is no draft any more, and redoes', () => {
    const { storage, state } = setup();
    state().edit({ weights: { prospective: 60, current: 30 } });
    state().edit({ weights: { prospective: 60, current: 10 } });
    state().undo();
    state().undo();
    expect(state().value).toEqual(saved);
    expect(state().dirty).toBe(false);
    expect(storage.keys()).toEqual([]);
    state().redo();
    expect(state().dirty).toBe(true);
    expect(state().canRedo).toBe(true);
  });

  it('discards as a step Undo can take back', () => {
    const { state } = setup();
    state().edit({ weights: { prospective: 60, current: 30 } });
    state().discard();
    expect(state().dirty).toBe(false);
    state().undo();
    expect(state().value).toEqual({ weights: { prospective: 60, current: 30 } });
  });

  it('is clean once saved, and keeps the history', () => {
    const { storage, state } = setup();
    const next = { weights: { prospective: 60, current: 30 } };
    state().edit(next);
    state(next).settle(next);
    expect(state(next).dirty).toBe(false);
    expect(storage.keys()).toEqual([]);
    expect(state(next).canUndo).toBe(true);
  });

  it('says when what is saved changed since the draft began, until the user keeps the draft', () => {
    const { state } = setup();
    state().edit({ weights: { prospective: 60, current: 30 } });
    const elsewhere = { weights: { prospective: 50, current: 45 } };
    expect(state(elsewhere).stale).toBe(true);
    state(elsewhere).rebase();
    expect(state(elsewhere).stale).toBe(false);
    expect(state(elsewhere).dirty).toBe(true);
  });

  it('treats something never saved as unsaved from its first edit, and forgets it on discard', () => {
    const { book, storage } = setup();
    const newKey = draftKey('/w/retail.lwb', 'plan:new');
    const template = { name: 'Basic' };
    expect(draftState(book, newKey, null, template).dirty).toBe(false);
    draftState(book, newKey, null, template).edit({ name: 'Basic 2' });
    expect(draftState(book, newKey, null, template).dirty).toBe(true);
    draftState(book, newKey, null, template).undo();
    expect(draftState(book, newKey, null, template)).toMatchObject({ value: template, dirty: true });
    draftState(book, newKey, null, template).discard();
    expect(draftState(book, newKey, null, template)).toMatchObject({ value: template, dirty: false });
    expect(storage.keys()).toEqual([]);
  });

  it('moves a new document to its key once saved, history and all', () => {
    const { book } = setup();
    const newKey = draftKey('/w', 'plan:new');
    const idKey = draftKey('/w', 'plan:7');
    book.begin(newKey, { name: 'A' }, null);
    book.edit(newKey, { name: 'B' }, null);
    book.move(newKey, idKey, { name: 'B' });
    expect(draftState(book, newKey, null).value).toBeNull();
    const moved = draftState(book, idKey, { name: 'B' });
    expect(moved).toMatchObject({ value: { name: 'B' }, dirty: false, canUndo: true });
  });

  it('says when storage refused the draft, and keeps it in memory', () => {
    const book = new DraftBook(
      localDraftStorage({
        getItem: () => null,
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
        removeItem: () => {},
      }),
    );
    draftState(book, key, saved).edit({ weights: { prospective: 1, current: 1 } });
    expect(draftState(book, key, saved)).toMatchObject({ kept: false, dirty: true, value: { weights: { prospective: 1, current: 1 } } });
  });

  it('keeps drafts of different workspaces apart', () => {
    expect(draftKey('/a.lwb', 'plan:1')).not.toBe(draftKey('/b.lwb', 'plan:1'));
    expect(draftKey('/a', 'b:c')).not.toBe(draftKey('/a:b', 'c'));
  });

  it('ignores a damaged stored entry', () => {
    const storage = localDraftStorage({ getItem: () => '{not json', setItem: () => {}, removeItem: () => {} });
    expect(storage.read(key)).toBeNull();
  });
});
