/** The app frame: header, navigation, status area, start-up. */
export const app = {
  productName: 'Loyalty Workbench',
  noWorkspace: 'No workspace open',
  sample: 'Sample',
  customers_one: '{{count, number}} customer',
  customers_other: '{{count, number}} customers',
  workflow: 'Workflow',
  soon: 'Soon',
  version: 'Version {{version}}',
  browserMode: 'browser mode',
  language: 'Language',
  nav: {
    data: 'Data',
    'customer-value': 'Customer value',
    segments: 'Segments',
    plan: 'Plan',
    simulation: 'Simulation',
    scenarios: 'Scenarios',
    reports: 'Reports',
  },
} as const;
