import { app } from './app';
import type { en } from '../en';
import type { Translation } from '../../translation';

export const es: { [N in keyof typeof en]: Translation<(typeof en)[N]> } = { app };
