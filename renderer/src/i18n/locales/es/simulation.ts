import type { Translation } from '../../translation';
import type { simulation as en } from '../en/simulation';

export const simulation: Translation<typeof en> = {
  title: 'TITLE',
};
