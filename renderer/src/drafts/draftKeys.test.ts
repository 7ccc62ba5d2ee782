import { describe, expect, it } from 'vitest';
import { draftCommand } from './draftKeys';
import { shortcutKeys } from './shortcutKeys';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('the draft keys', () => {
  it('save, undo and redo with Ctrl or Cmd', () => {
    expect(draftCommand(press('s', { ctrlKey: true }))).toBe('save');
    expect(draftCommand(press('s', { metaKey: true }))).toBe('save');
    expect(draftCommand(press('z', { ctrlKey: true }))).toBe('undo');
    expect(draftCommand(press('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(draftCommand(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(draftCommand(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('leave plain typing, AltGr characters and other shortcuts alone', () => {
    expect(draftCommand(press('z'))).toBeNull();
    expect(draftCommand(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(draftCommand(press('c', { ctrlKey: true }))).toBeNull();
    expect(draftCommand(press('y', { metaKey: true }))).toBeNull();
  });

  it('are shown as the machine names them', () => {
    expect(shortcutKeys('MacIntel').undo).toBe('⌘Z');
    expect(shortcutKeys('Linux x86_64')).toEqual({ undo: 'Ctrl+Z', redo: 'Ctrl+Shift+Z', save: 'Ctrl+S' });
  });
});
