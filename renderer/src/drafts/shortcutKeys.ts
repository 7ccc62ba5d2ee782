/** The keys as this machine's user knows them: ⌘ on a Mac, Ctrl elsewhere. */
export function shortcutKeys(platform: string = typeof navigator === 'undefined' ? '' : navigator.platform || navigator.userAgent): { undo: string; redo: string; save: string } {
  const mac = /Mac|iPhone|iPad/i.test(platform);
  return mac ? { undo: '⌘Z', redo: '⇧⌘Z', save: '⌘S' } : { undo: 'Ctrl+Z', redo: 'Ctrl+Shift+Z', save: 'Ctrl+S' };
}
