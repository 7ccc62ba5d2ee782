import type { Translation } from '../../translation';
import type { frame as en } from '../en/frame';

export const frame: Translation<typeof en> = {
};
