/** Namespace 'import'. */
export const importWizard = {
} as const;
