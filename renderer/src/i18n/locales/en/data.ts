/** Namespace 'data'. */
export const data = {
} as const;
