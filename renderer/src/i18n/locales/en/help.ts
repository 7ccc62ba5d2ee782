/**
 * Help: the glossary (F1 or the header's help button) and the first-run tour of the workflow.
 * A term's `keywords` are only searched, never shown: other names a reader may type for it.
 */
export const help = {
  button: 'Help',
  buttonHint: 'Help: glossary (F1) and tour',
  menu: {
    glossary: 'Glossary',
    tour: 'Tour of the workflow',
  },
  whatIsThis: 'What is this?',
  whatIsThisTerm: 'What is this? {{term}} in the glossary',
  glossary: {
    title: 'Glossary',
    intro: 'The terms used across the app, defined briefly. F1 opens it on any page.',
    search: 'Search the glossary',
    searchPlaceholder: 'Search, e.g. breakage or NPV',
    noMatch: 'No term matches “{{query}}”.',
    otherLanguage: 'ES',
    otherLanguageName: 'In Spanish',
  },
  groups: {
    points: 'Points and rewards',
    accounting: 'Accounting (IFRS 15)',
    results: 'Results and uncertainty',
    customers: 'Customers and their value',
    decisions: 'Choosing a plan',
  },
  terms: {
    freeRewardRate: {
      name: 'Free-reward rate',
      keywords: 'tasa de gratuidad, effective reward cost rate, reward cost rate, give-back',
      definition:
        'What the rewards cost the business as a share of sales: reward cost ÷ sales. The reward cost counts rewards redeemed, punch-card rewards and the liability at cost still outstanding at the end of the horizon. The headline is on total sales; the detail gives it on member sales. It sits below the nominal give-back (points per unit spent × value of a point) because not every sale is a member’s and not every point is redeemed: a nominal 1% plan typically costs 0.72–0.81% of total sales.',
    },
    redemptionRate: {
      name: 'Redemption rate',
      keywords: 'burn rate, ultimate redemption rate, URR, redeemed',
      definition:
        'Points redeemed as a share of points issued, over a period. Counted by members instead, it is the share of members who redeemed. For one batch of points followed to the end, the share ever redeemed is the ultimate redemption rate; breakage is what is left.',
    },
    breakage: {
      name: 'Breakage',
      keywords: 'caducidad, expiry, expired points, unredeemed points, puntos no canjeados',
      definition:
        'The share of points issued that will never be redeemed: 1 − the ultimate redemption rate. It comes from expiry (points that lapse under the plan’s rule) and from inactivity (points held by customers who stop buying). Tighter expiry raises it and lowers the liability. Typical programmes sit at 25–35%.',
    },
    liabilityAtCost: {
      name: 'Points liability at cost',
      keywords: 'outstanding points, pasivo, provision',
      definition:
        'What honouring the points still outstanding would cost the business: outstanding points × cost per point × the share expected to be redeemed (after breakage). Points are valued at the cost of the rewards they buy (own merchandise net of its margin), not at their face value.',
    },
    deferredRevenue: {
      name: 'IFRS 15 deferred revenue and its release',
      keywords: 'ASC 606, NIIF 15, contract liability, material right, performance obligation, revenue recognition',
      definition:
        'Points that give the customer a material right are a separate performance obligation. At each sale, part of the price is allocated to the points in proportion to stand-alone selling prices and deferred. It is released as revenue as points are redeemed: deferred amount × points redeemed so far ÷ points expected to be redeemed in total. The estimate is revised each period and the release trued up, so expected breakage is recognised in step with redemptions.',
    },
    standaloneSellingPrice: {
      name: 'Stand-alone selling price of a point',
      keywords: 'SSP, relative selling price, allocation',
      definition:
        'What a point would sell for on its own, used to split each sale’s price between the goods and the points: value of a point × probability that it is redeemed. A point worth 1 with 97% expected to be redeemed has a stand-alone selling price of 0.97.',
    },
    p10p90: {
      name: 'P10–P90 and the median headline',
      keywords: 'percentile, band, range, draws, base case, uncertainty',
      definition:
        'Each behavioural assumption is a range, so a run draws the assumptions many times (40 by default). The large figure is the median over those draws; P10–P90 under it holds the middle 80% of them (1 draw in 10 falls below P10, 1 in 10 above P90). The base case, every assumption at its most likely value, is shown beside it and can fall outside the band when the ranges are skewed.',
    },
    monteCarloError: {
      name: 'Monte Carlo standard error',
      keywords: 'MC error, simulation noise, draws',
      definition:
        'How far the median could move with another set of draws of the same size. It falls as draws are added (roughly as 1/√draws). It measures the simulation’s own noise, not the uncertainty of the assumptions, which P10–P90 shows.',
    },
    counterfactual: {
      name: 'Counterfactual',
      keywords: 'baseline, no-plan world, without the plan, contrafactual, common random numbers',
      definition:
        'The same customers simulated without the plan, with the same random numbers. Every incremental figure is plan minus counterfactual, segment by segment. It depends on the customers, the seed, the horizon and the draw, never on the plan: every scenario on one customer base is measured against one and the same baseline, so the difference between two scenarios is the difference between their plans.',
    },
    incrementalRevenue: {
      name: 'Incremental revenue',
      keywords: 'uplift, lift, ventas incrementales, incremental margin',
      definition:
        'Revenue with the plan minus revenue without it (the counterfactual), on the same customers over the horizon. It comes from customers staying longer, buying more often and spending more. Purchases members would have made anyway add nothing to it, though their rewards still cost.',
    },
    payback: {
      name: 'Payback (cash and accrued bases)',
      keywords: 'break-even week, recuperación',
      definition:
        'The week from which the cumulative incremental margin stays above the cumulative cost. On the cash basis the cost is what has been paid, rewards counting when redeemed. On the accrued basis the points liability at cost is added as it builds, so payback comes later.',
    },
    npv: {
      name: 'NPV, net present value (cash and accrued bases)',
      keywords: 'VAN, valor actual neto, discounted',
      definition:
        'The weekly incremental margin minus costs, discounted at the plan’s rate. On the cash basis the costs are those paid. On the accrued basis the growth of the points liability at cost is deducted too, because points already earned are a debt.',
    },
    clv: {
      name: 'Customer lifetime value (CLV)',
      keywords: 'lifetime value, LTV, valor de vida',
      definition:
        'The margin a customer is expected to bring over a horizon, discounted: expected purchases (BG/NBD) × expected spend per purchase (Gamma-Gamma) × margin, discounted monthly.',
    },
    probabilityAlive: {
      name: 'Probability alive',
      keywords: 'p alive, active, churn, dropout',
      definition:
        'The model’s probability that a customer has not dropped out for good, given how often and how recently they bought. A frequent buyer who has been silent for months is less likely alive than an occasional buyer silent for as long.',
    },
    bgnbd: {
      name: 'BG/NBD',
      keywords: 'beta geometric negative binomial, purchase model',
      definition:
        'Purchase model: each customer buys at their own rate (Gamma across customers) and, after each purchase, may drop out with their own probability (Beta across customers).',
    },
    paretoNbd: {
      name: 'Pareto/NBD',
      keywords: 'pareto negative binomial, purchase model',
      definition:
        'Purchase model like BG/NBD, but a customer can drop out at any moment, at their own rate (Gamma across customers), not only just after a purchase.',
    },
    gammaGamma: {
      name: 'Gamma-Gamma',
      keywords: 'spend model, basket, monetary value',
      definition:
        'Spend model: each customer has their own average basket (varying across customers), and each purchase varies around it; assumed independent of how often they buy.',
    },
    segment: {
      name: 'Segment',
      keywords: 'cluster, k-means, RFM, value tier, segmento',
      definition:
        'A group of customers the plan treats alike, made by value tier, by RFM grid or by k-means on value features. Enrolment and behaviour are set per segment, and every figure is reported per segment.',
    },
    lifecycleStage: {
      name: 'Lifecycle stage',
      keywords: 'acquisition, development, retention, churn prevention, at risk, win-back, lapsed',
      definition:
        'Where a customer stands now: acquisition (new), development, retention, churn prevention (at risk) or win-back (lapsed). It is set by rules you can edit, tried in order; each stage calls for its own kind of offer.',
    },
    strategicScore: {
      name: 'Strategic value score',
      keywords: 'score, weights, percentile, puntuación',
      definition:
        'A score from 0 to 100: the customer’s percentile across the base in prospective value (CLV), current value (margin so far) and qualitative CRM attributes, weighted as set on the Customer value page.',
    },
    goalGradient: {
      name: 'Goal gradient',
      keywords: 'gradiente de meta, reward proximity, punch card',
      definition:
        'Customers buy more often as the next reward nears. The member’s purchase rate rises by up to g (about 20–25%) as the balance approaches the reward, and falls back after it, never below the member’s own rate (Kivetz, Urminsky and Zheng, 2006).',
    },
    sensitivity: {
      name: 'Sensitivity (tornado chart)',
      keywords: 'tornado, what-if, swing, sensibilidad',
      definition:
        'Each assumption is swung from its low to its high value, one at a time with the others at their base values. The tornado chart ranks the assumptions by how much they move the chosen figure, widest swing first.',
    },
    goalSeek: {
      name: 'Goal seek',
      keywords: 'target, lever, solve, búsqueda de objetivo',
      definition:
        'Finds the value of one lever (earn rate, point value, reward threshold or promotion multiplier) that reaches a target free-reward rate, yearly budget, ROI or liability cap, with the rest of the plan as it is. The value found can be applied to the plan or to a copy of it.',
    },
  },
  tour: {
    skip: 'Skip',
    back: 'Back',
    next: 'Next',
    done: 'Done',
    stepCounter: '{{current}} of {{total}}',
    steps: {
      data: {
        title: 'Welcome: start with the data',
        body: 'The work runs down this list, top to bottom. Data holds the customers and their purchases: import the client’s files here, or explore the sample retailer open now.',
      },
      'customer-value': {
        title: 'Value each customer',
        body: 'Fit the purchase and spend models, check them against a holdout period, and weigh the strategic value score.',
      },
      segments: {
        title: 'Group the customers',
        body: 'Split the base into segments and lifecycle stages. The plan treats each segment differently, and every result is given by segment.',
      },
      plan: {
        title: 'Design the points plan',
        body: 'Earn rate, rewards, expiry, tiers, promotions and costs. Each behavioural effect is a range with its published source; the free-reward rate and the break-even sales lift update as you type.',
      },
      simulation: {
        title: 'Project it',
        body: 'Runs the plan week by week on every customer, against the same customers without it. Each figure is the median over the assumption draws, with its P10–P90.',
      },
      scenarios: {
        title: 'Compare and decide',
        body: 'Keep plans as scenarios and compare up to four side by side; find the assumptions that move a figure most, and the lever value that meets a target.',
      },
      reports: {
        title: 'Take it to the client',
        body: 'PDF, PowerPoint and Excel reports of a scenario, in English or Spanish, with the IFRS 15 schedule for finance.',
      },
      help: {
        title: 'Help is always here',
        body: 'Press F1 on any page, or use this button, for the glossary of every term in the app. The tour can be taken again from the same button.',
      },
    },
  },
} as const;
