import type { Translation } from '../../translation';
import type { importWizard as en } from '../en/import';

export const importWizard: Translation<typeof en> = {
};
