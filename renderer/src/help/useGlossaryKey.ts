import { useEffect } from 'react';
import { openGlossary } from './helpStore';

/**
 * F1 opens the glossary, on any page and whatever has the focus (the listener captures, as
 * Mantine's inputs stop some keys from bubbling). The browser's own F1 help is prevented. While
 * a presentation is full screen the glossary could only open behind it, so F1 is left alone there.
 */
export function useGlossaryKey(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F1' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (document.fullscreenElement) return;
      event.preventDefault();
      openGlossary();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
