import type { Translation } from '../../translation';
import type { value as en } from '../en/value';

export const value: Translation<typeof en> = {
};
