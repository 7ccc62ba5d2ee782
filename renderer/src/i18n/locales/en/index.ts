import { app } from './app';
import { plan } from './plan';
import { simulation } from './simulation';
import { scenarios } from './scenarios';
import { reports } from './reports';
import { presentation } from './presentation';

/** Every English namespace; a page's strings live in its own namespace file. */
export const en = { app, plan, simulation, scenarios, reports, presentation } as const;
