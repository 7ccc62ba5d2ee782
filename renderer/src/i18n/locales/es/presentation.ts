import type { Translation } from '../../translation';
import type { presentation as en } from '../en/presentation';

export const presentation: Translation<typeof en> = {
  title: 'TITLE',
};
