/** Namespace 'segments'. */
export const segments = {
} as const;
