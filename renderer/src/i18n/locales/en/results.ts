/** Results kept in the workspace (a fit, a segmentation, a sensitivity, a goal seek): when made, and whether still current (codes from the backend). */
export const results = {
  madeAt: 'Made {{when}}',
  current: 'Current',
  stale: 'No longer current',
  currentWhy: 'What it read is still what the workspace holds.',
  staleTitle: 'No longer current: {{reasons}}',
  staleText: 'These figures describe the workspace as it was when they were made, so they are shown greyed. Run it again for current figures.',
  unrecordedTitle: 'No longer current: not known to be up to date',
  unrecordedText: 'It was made by an earlier version or from the command line, which did not record what it read. Run it again for figures that can be vouched for.',
  rerun: 'Run again',
  loadFailed: 'Loading the last result',
  because: {
    customers: 'customers added',
    transactions: 'transactions changed',
    attributes: 'CRM attributes changed',
    models: 'value models fitted again',
    segmentation: 'customers segmented again',
    lifecycle: 'lifecycle rules changed',
    plan: 'plan edited',
    settings: 'scenario’s seed, draws or sample changed',
    unrecorded: 'not recorded',
  },
} as const;
