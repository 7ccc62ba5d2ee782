import type { Translation } from '../../translation';
import type { segments as en } from '../en/segments';

export const segments: Translation<typeof en> = {
};
