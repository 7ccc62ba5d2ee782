import { createContext, useContext } from 'react';

/**
 * The open workspace's path, which every draft's key starts with (a plan id or segment number
 * means nothing in another workspace). Given by the app frame, for parts of a page that are not
 * handed the path themselves.
 */
export const DraftWorkspace = createContext<string | null>(null);

export function useDraftWorkspace(): string | null {
  return useContext(DraftWorkspace);
}
