/** The simulation page's texts. */
export const simulation = {
  title: 'TITLE',
} as const;
