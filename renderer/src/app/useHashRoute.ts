import { useCallback, useSyncExternalStore } from 'react';
import { hashForPage, pageFromHash, type PageId } from './pages';

/**
 * The current page lives in the URL hash: it survives a reload, works from file:// in the
 * desktop app, and needs no router.
 */
function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useHashRoute(): [PageId, (page: PageId) => void] {
  const page = useSyncExternalStore(subscribe, () => pageFromHash(window.location.hash));
  const navigate = useCallback((next: PageId) => {
    window.location.hash = hashForPage(next);
  }, []);
  return [page, navigate];
}
