/** The plan page's texts. */
export const plan = {
  title: 'TITLE',
} as const;
