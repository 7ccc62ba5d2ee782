/** Namespace 'frame'. */
export const frame = {
} as const;
