import { useCallback, useSyncExternalStore } from 'react';
import { navigateToHash, subscribeHash } from '../drafts/guardedHash';
import { hashForPage, pageFromHash, type PageId } from './pages';

/**
 * The current page lives in the URL hash: it survives a reload, works from file:// in the
 * desktop app, and needs no router. Leaving a page with unsaved drafts asks first
 * (drafts/guardedHash.ts), however the hash is changed.
 */
export function useHashRoute(): [PageId, (page: PageId) => void] {
  const page = useSyncExternalStore(subscribeHash, () => pageFromHash(window.location.hash));
  const navigate = useCallback((next: PageId) => navigateToHash(hashForPage(next)), []);
  return [page, navigate];
}
