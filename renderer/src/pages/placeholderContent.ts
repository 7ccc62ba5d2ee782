import type { PageId } from '../app/pages';

export interface PlaceholderContent {
  title: string;
  summary: string;
  /** What the page will let the user do, one short line each. */
  points: readonly string[];
}

/** What each page not yet built will offer, said plainly so the empty page reads as a plan. */
export const PLACEHOLDER_CONTENT: Record<Exclude<PageId, 'data'>, PlaceholderContent> = {
  'customer-value': {
    title: 'Customer value',
    summary:
      'Here you will see what each customer is worth over the coming years. Purchase and dropout models (BG/NBD and Pareto/NBD) fitted to the transactions, with Gamma-Gamma for spend, give every customer an expected lifetime value.',
    points: [
      'Fitted model parameters with goodness-of-fit checks',
      'Expected purchases, probability of being active and lifetime value per customer',
      'A strategic value score that adds margin, quality and potential from the CRM attributes',
    ],
  },
  segments: {
    title: 'Segments',
    summary:
      'Here you will group customers so the plan can treat them differently. Choose value tiers, classic RFM scores or k-means clusters on the attributes, and compare how well each grouping separates the base.',
    points: [
      'Value tiers from the customer-value scores',
      'RFM segments (recency, frequency, monetary value)',
      'k-means clusters with silhouette and other quality measures',
    ],
  },
  plan: {
    title: 'Plan',
    summary:
      'Here you will design the loyalty programme itself: how points are earned and what they are worth. Every rule is checked against the limits the simulation can honour.',
    points: [
      'Earn rate and the value of a point',
      'Free-reward rate, promotions and bonus campaigns',
      'Tiers with their thresholds and benefits, and point expiry',
    ],
  },
  simulation: {
    title: 'Simulation',
    summary:
      'Here you will project the plan forward with a Monte Carlo simulation of every customer. Cost, points liability and retention are set against a counterfactual without the plan, with P10, P50 and P90 bands.',
    points: [
      'Programme cost and outstanding points liability over time',
      'Retention and incremental margin against the no-plan baseline',
      'Uncertainty bands from repeatable, seeded runs',
    ],
  },
  scenarios: {
    title: 'Scenarios',
    summary:
      'Here you will weigh alternative plans side by side and find the levers that matter. Vary assumptions, see which ones move the result most, and let the app search for the settings that reach a target.',
    points: [
      'Side-by-side comparison of saved scenarios',
      'Sensitivity analysis shown as a tornado chart',
      'Goal seek, for example the earn rate that keeps cost under budget',
    ],
  },
  reports: {
    title: 'Reports',
    summary:
      'Here you will turn a chosen scenario into material for the board and the client team, laid out and branded, ready to send.',
    points: ['A PDF report with the assumptions and results', 'A PowerPoint deck of the key charts', 'Excel workbooks with the underlying figures'],
  },
};
