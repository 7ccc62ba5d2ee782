import { app } from './app';

/** Every English namespace; a page's strings live in its own namespace file. */
export const en = { app } as const;
