/** The reports page's texts. */
export const reports = {
  title: 'TITLE',
} as const;
