/** Presentation mode: a scenario's story, slide by slide. */
export const presentation = {
  previous: 'Previous',
  next: 'Next',
  close: 'Leave presentation (Esc)',
  keys: '← → to move · Esc to leave',
  of: '{{index}} / {{count}}',
  kpi: 'Figure',
  aria: '{{name}}: presentation',
  compareAria: 'Programme cost accumulated, one line per scenario',
  slides: {
    titleLine: '{{plan}} · {{weeks}} weeks · {{customers}} customers, against the same customers without the plan',
    retention: 'Who the plan keeps',
    retentionLine: 'With the plan, {{kept}} more customers are still buying after {{weeks}} weeks than without it.',
    cost: 'What it costs',
    costLine: 'The programme costs {{cost}} over the horizon, liability included: {{rate}} of sales go back as rewards.',
    liability: 'What it owes',
    liabilityLine: 'At the end, honouring the points outstanding would cost {{atCost}}; the deferred revenue on the books is {{deferred}} (IFRS 15).',
    points: 'Where the points go',
    pointsLine: 'Points issued by source, redeemed and expired: {{breakage}} of them are expected never to be redeemed.',
    comparison: 'The scenarios side by side',
    comparisonLine: '{{count}} scenarios, each measured against {{baseline}}; the star marks the best on each figure. Right: programme cost as it accumulates.',
  },
} as const;
