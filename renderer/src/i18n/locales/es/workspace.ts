import type { Translation } from '../../translation';
import type { workspace as en } from '../en/workspace';

export const workspace: Translation<typeof en> = {
};
