/** Namespace 'workspace'. */
export const workspace = {
} as const;
