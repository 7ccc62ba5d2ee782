/** The scenarios page's texts. */
export const scenarios = {
  title: 'TITLE',
} as const;
