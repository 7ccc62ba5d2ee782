import type { Translation } from '../../translation';
import type { data as en } from '../en/data';

export const data: Translation<typeof en> = {
};
