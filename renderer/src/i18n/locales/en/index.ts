import { app } from './app';
import { frame } from './frame';
import { data } from './data';
import { importWizard } from './import';
import { workspace } from './workspace';
import { value } from './value';
import { segments } from './segments';
import { plan } from './plan';
import { simulation } from './simulation';
import { scenarios } from './scenarios';
import { reports } from './reports';
import { presentation } from './presentation';
import { drafts } from './drafts';
import { help } from './help';
import { results } from './results';

/** Every English namespace; a page's strings live in its own namespace file. */
export const en = { app, frame, data, import: importWizard, workspace, value, segments, plan, simulation, scenarios, reports, presentation, drafts, help, results } as const;
