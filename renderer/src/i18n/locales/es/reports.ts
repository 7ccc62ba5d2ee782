import type { Translation } from '../../translation';
import type { reports as en } from '../en/reports';

export const reports: Translation<typeof en> = {
  title: 'TITLE',
};
