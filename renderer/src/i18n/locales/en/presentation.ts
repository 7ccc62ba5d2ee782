/** The presentation page's texts. */
export const presentation = {
  title: 'TITLE',
} as const;
