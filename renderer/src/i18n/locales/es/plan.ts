import type { Translation } from '../../translation';
import type { plan as en } from '../en/plan';

export const plan: Translation<typeof en> = {
  title: 'TITLE',
};
