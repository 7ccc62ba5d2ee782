import type { Locale } from '../../../shared/contract/scenarioSchemas';
import { planPointValuation, realisedPointValuation, valuationTermsOf, type PointValuation } from '../../../shared/plan/pointValue';
import type { Plan } from '../../../shared/plan/planSchema';
import { explainResults, type CostPart, type DipMechanic, type Explanation } from '../../../shared/simulation/explainResults';
import type { SimulationResults } from '../../../shared/simulation/results';
import { totalWorld } from './reportData';
import type { ReportFormat } from './reportFormat';

/**
 * Two parts of the reports, in both languages: how the run valued a point (IFRS 15 stand-alone
 * selling price and the liability at cost, from the rewards its members redeemed), and which
 * mechanic produces each figure a client would find surprising (shared/simulation/explainResults).
 */

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** The base case's point valuation, from the same series the engine's accounting read. */
export function reportPointValuation(results: SimulationResults, plan: Plan): { valuation: PointValuation; nominal: number; stillExpectedPoints: number; liabilityEnd: number } {
  const terms = valuationTermsOf(plan);
  const world = totalWorld(results, 'plan');
  const last = results.horizonWeeks - 1;
  // The rewards' value as the engine recorded it; runs stored before it did have only their cost,
  // which gives the value back through the reward mix (where that mix costs anything).
  const factor = terms.costPerRewardCurrency * (1 - terms.burnShare);
  const recorded = world.rewardValueRedeemed as number[] | undefined;
  const valueRedeemed = recorded ? sum(recorded) : factor > 0 ? sum(world.rewardCost) / factor : 0;
  const valuation = realisedPointValuation(terms, sum(world.pointsRedeemed), valueRedeemed, planPointValuation(plan, null));
  return {
    valuation,
    nominal: plan.earning.pointValueCurrency,
    stillExpectedPoints: Math.max(0, world.pointsOutstanding[last]! - world.pointsHeldByLapsed[last]!),
    liabilityEnd: results.accounting.liabilityAtCost[last] ?? 0,
  };
}

const WORDS = {
  en: {
    pointTitle: 'A point’s value and cost (IFRS 15)',
    sheet: 'Notes',
    sheetNote: 'How this run valued its points, and what explains its surprising figures.',
    topic: 'Topic',
    note: 'Note',
    basis: {
      run: (v: string) => `Points are valued at the rewards they buy: the members of this run redeemed rewards worth ${v} a point`,
      catalogueEstimate: (v: string) => `Points are valued at the rewards they buy: ${v} a point from the catalogue (estimated mix; this run redeemed none)`,
      catalogueEven: (v: string) => `Points are valued at the rewards they buy: ${v} a point from the catalogue, each reward taken equally often (this run redeemed none)`,
      linear: (v: string) => `Points are spent freely at ${v} a point`,
    },
    nominal: (n: string) => `, against a nominal point value of ${n}. This is the stand-alone selling price of a point expected to be redeemed, from which revenue is deferred at each sale.`,
    cost: (c: string, own: string, burn: string | null) => ` At cost a point is ${c}${burn ? ` (own rewards ${own}, burn partners ${burn})` : ''}`,
    liability: (pts: string, c: string, l: string) => `; the liability at the horizon is the ${pts} points still expected to be redeemed × ${c} = ${l}.`,
    explainTitle: 'What explains the figures',
    explainIntro: 'Figures that go against intuition, and the mechanic of the plan behind each (base case).',
    segmentRevenue: (s: string, a: string) => `${s} buys ${a} less with the plan than without it.`,
    segmentPurchases: (s: string, n: string) => `${s} makes ${n} fewer purchases with the plan than without it, though its sales hold up.`,
    weekDipPromotion: (w: number, a: string, p: string) => `Week ${w}: ${a} less than without the plan. This is the dip after “${p}”: purchases pulled forward into the promotion are missing from the weeks after it.`,
    weekDip: (w: number, a: string) => `Week ${w}: ${a} less than without the plan.`,
    costAboveRevenue: (c: string, r: string, l: string, a: string) => `The programme costs ${c}, more than the ${r} of sales it adds; its largest cost is ${l} (${a}). A plan pays through the margin on the added sales and the customers it keeps: set the cost against the incremental margin and the net profit.`,
    breakEven: (b: string, x: string, l: string, a: string) => `To pay for itself the plan needs ${b} more sales; it achieves ${x}. Its largest cost is ${l} (${a}).`,
    because: {
      promotionPullForward: (p: string) => `The promotions (${p}) pull purchases forward: the weeks after them miss what was bought early.`,
      tierDemotion: () => 'Members demoted to a lower tier drop out faster for a while.',
      spendPerVisit: () => 'The plan assumes members spend less per visit.',
      drawSpread: () => 'Nothing in the plan lowers purchases: the figure is within the spread of the assumption draws and not distinguishable from zero.',
    } satisfies Record<DipMechanic, (p: string) => string>,
    costPart: {
      rewards: 'the rewards redeemed',
      liability: 'the points still owed at the horizon, at cost',
      punchCard: 'the punch-card rewards',
      fixed: 'the launch, platform and staff',
      contacts: 'the contacts',
      privileges: 'the privileges',
      partners: 'the partner settlement',
    } satisfies Record<CostPart, string>,
  },
  es: {
    pointTitle: 'Valor y coste de un punto (NIIF 15)',
    sheet: 'Notas',
    sheetNote: 'Cómo valoró los puntos esta simulación y qué explica sus cifras sorprendentes.',
    topic: 'Tema',
    note: 'Nota',
    basis: {
      run: (v: string) => `Los puntos se valoran por las recompensas que compran: los socios de esta simulación canjearon recompensas por valor de ${v} por punto`,
      catalogueEstimate: (v: string) => `Los puntos se valoran por las recompensas que compran: ${v} por punto según el catálogo (combinación estimada; esta simulación no canjeó ninguno)`,
      catalogueEven: (v: string) => `Los puntos se valoran por las recompensas que compran: ${v} por punto según el catálogo, con cada recompensa canjeada por igual (esta simulación no canjeó ninguno)`,
      linear: (v: string) => `Los puntos se gastan libremente a ${v} por punto`,
    },
    nominal: (n: string) => `, frente a un valor nominal de ${n} por punto. Es el precio de venta independiente de un punto que se espera canjear, con el que se difiere el ingreso en cada venta.`,
    cost: (c: string, own: string, burn: string | null) => ` A coste, un punto vale ${c}${burn ? ` (recompensas propias ${own}, socios de canje ${burn})` : ''}`,
    liability: (pts: string, c: string, l: string) => `; el pasivo al final del horizonte son los ${pts} puntos que aún se espera canjear × ${c} = ${l}.`,
    explainTitle: 'Qué explica las cifras',
    explainIntro: 'Cifras que van contra la intuición y la mecánica del plan que produce cada una (caso base).',
    segmentRevenue: (s: string, a: string) => `${s} compra ${a} menos con el plan que sin él.`,
    segmentPurchases: (s: string, n: string) => `${s} hace ${n} compras menos con el plan que sin él, aunque sus ventas se mantienen.`,
    weekDipPromotion: (w: number, a: string, p: string) => `Semana ${w}: ${a} menos que sin el plan. Es el valle posterior a «${p}»: las compras adelantadas a la promoción faltan en las semanas siguientes.`,
    weekDip: (w: number, a: string) => `Semana ${w}: ${a} menos que sin el plan.`,
    costAboveRevenue: (c: string, r: string, l: string, a: string) => `El programa cuesta ${c}, más que los ${r} de ventas que añade; su mayor coste es ${l} (${a}). Un plan se paga con el margen de las ventas añadidas y con los clientes que retiene: compare el coste con el margen incremental y el beneficio neto.`,
    breakEven: (b: string, x: string, l: string, a: string) => `Para pagarse, el plan necesita un ${b} más de ventas; consigue un ${x}. Su mayor coste es ${l} (${a}).`,
    because: {
      promotionPullForward: (p: string) => `Las promociones (${p}) adelantan compras: en las semanas siguientes falta lo que se compró antes.`,
      tierDemotion: () => 'Los socios que bajan de nivel abandonan antes durante un tiempo.',
      spendPerVisit: () => 'El plan supone que los socios gastan menos por visita.',
      drawSpread: () => 'Nada en el plan reduce las compras: la cifra está dentro de la dispersión de las simulaciones de supuestos y no se distingue de cero.',
    } satisfies Record<DipMechanic, (p: string) => string>,
    costPart: {
      rewards: 'las recompensas canjeadas',
      liability: 'los puntos aún pendientes al final del horizonte, a coste',
      punchCard: 'las recompensas de la tarjeta de sellos',
      fixed: 'el lanzamiento, la plataforma y el personal',
      contacts: 'los contactos',
      privileges: 'los privilegios',
      partners: 'la liquidación con los socios comerciales',
    } satisfies Record<CostPart, string>,
  },
} as const;

/** A point's value per point, precise enough to tell 1.13 cents from 1 cent. */
function perPoint(f: ReportFormat, v: number): string {
  const digits = v >= 1 ? 2 : 4;
  return new Intl.NumberFormat(f.tag, { style: 'currency', currency: f.currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
}

/** The method note on how this run valued its points, and what the liability at the horizon is made of. */
export function pointValueNote(results: SimulationResults, plan: Plan, f: ReportFormat, locale: Locale): { title: string; text: string } {
  const w = WORDS[locale];
  const { valuation: v, nominal, stillExpectedPoints, liabilityEnd } = reportPointValuation(results, plan);
  const burn = v.burnCostPerPointCurrency > 0 ? perPoint(f, v.burnCostPerPointCurrency) : null;
  const text =
    w.basis[v.basis](perPoint(f, v.valuePerPointCurrency)) +
    w.nominal(perPoint(f, nominal)) +
    w.cost(perPoint(f, v.costPerPointCurrency), perPoint(f, v.ownRewardCostPerPointCurrency), burn) +
    w.liability(f.count(stillExpectedPoints), perPoint(f, v.costPerPointCurrency), f.money(liabilityEnd));
  return { title: w.pointTitle, text };
}

function sentence(e: Explanation, f: ReportFormat, locale: Locale): string {
  const w = WORDS[locale];
  switch (e.code) {
    case 'segmentNegative': {
      const because = e.mechanics.map((m) => w.because[m](e.promotions.join(', '))).join(' ');
      const head = e.figure === 'revenue' ? w.segmentRevenue(e.segment, f.money(-e.amount)) : w.segmentPurchases(e.segment, f.count(Math.round(-e.amount)));
      return `${head} ${because}`;
    }
    case 'weekDip':
      return e.promotion !== null ? w.weekDipPromotion(e.week + 1, f.money(-e.amount), e.promotion) : `${w.weekDip(e.week + 1, f.money(-e.amount))} ${w.because[e.mechanic]('')}`;
    case 'costAboveRevenue':
      return w.costAboveRevenue(f.money(e.cost), f.money(e.incrementalRevenue), w.costPart[e.largest], f.money(e.largestAmount));
    case 'breakEvenAbovePlan':
      return w.breakEven(f.percent(e.breakEven, 1), f.percent(e.achieved, 1), w.costPart[e.largest], f.money(e.largestAmount));
  }
}

/** The report's explanations section: its title, an introduction and one sentence a finding; null when there is nothing to explain. */
export function explanationSection(results: SimulationResults, plan: Plan, f: ReportFormat, locale: Locale): { title: string; intro: string; sentences: string[] } | null {
  const found = explainResults(results, plan);
  if (found.length === 0) return null;
  const w = WORDS[locale];
  return { title: w.explainTitle, intro: w.explainIntro, sentences: found.map((e) => sentence(e, f, locale)) };
}

/** The workbook's notes sheet: its name, the note above it, its two headers and rows (topic, text). */
export function notesSheetContent(results: SimulationResults, plan: Plan, f: ReportFormat, locale: Locale): { name: string; note: string; headers: [string, string]; rows: [string, string][] } {
  const w = WORDS[locale];
  const point = pointValueNote(results, plan, f, locale);
  const explained = explanationSection(results, plan, f, locale);
  return {
    name: w.sheet,
    note: w.sheetNote,
    headers: [w.topic, w.note],
    rows: [[point.title, point.text], ...(explained ? explained.sentences.map((x): [string, string] => [explained.title, x]) : [])],
  };
}
