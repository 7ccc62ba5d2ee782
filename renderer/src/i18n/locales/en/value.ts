/** Namespace 'value'. */
export const value = {
} as const;
