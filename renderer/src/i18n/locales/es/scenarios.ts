import type { Translation } from '../../translation';
import type { scenarios as en } from '../en/scenarios';

export const scenarios: Translation<typeof en> = {
  title: 'TITLE',
};
