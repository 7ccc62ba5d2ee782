import { app } from './app';
import { plan } from './plan';
import { simulation } from './simulation';
import { scenarios } from './scenarios';
import { reports } from './reports';
import { presentation } from './presentation';
import type { en } from '../en';
import type { Translation } from '../../translation';

export const es: { [N in keyof typeof en]: Translation<(typeof en)[N]> } = { app, plan, simulation, scenarios, reports, presentation };
