import type { Locale } from '../../../shared/contract/scenarioSchemas';
import type { Plan } from '../../../shared/plan/planSchema';
import type { KpiKey, SimulationResults } from '../../../shared/simulation/results';
import { costByYear, hasBands, kpiBand, type AssumptionRow } from './reportData';
import { formatKpi, type ReportFormat } from './reportFormat';
import type { ReportText } from './reportText';
import { discountRateText } from './reportKpis';

/**
 * The report's sentences: an executive summary written from the run's figures, and the method
 * notes. Each sentence is built from the same formatted figures the KPI table prints, so the
 * words and the table cannot disagree.
 */

interface Figures {
  v: (key: KpiKey) => string;
  /** " (P10–P90: a to b)" when the run has several draws, else "". */
  band: (key: KpiKey) => string;
  /** "; P10–P90: a to b" to close a parenthesis already open, else "". */
  bandIn: (key: KpiKey) => string;
  raw: (key: KpiKey) => number | null;
}

function figures(results: SimulationResults, f: ReportFormat, locale: Locale): Figures {
  const none = '—';
  const multi = hasBands(results);
  return {
    v: (key) => {
      const b = kpiBand(results, key);
      return formatKpi(f, b.unit, b.headline, none);
    },
    band: (key) => {
      const b = kpiBand(results, key);
      if (!multi || b.p10 === null || b.p90 === null) return '';
      const lo = formatKpi(f, b.unit, b.p10, none);
      const hi = formatKpi(f, b.unit, b.p90, none);
      return locale === 'es' ? ` (P10–P90: de ${lo} a ${hi})` : ` (P10–P90: ${lo} to ${hi})`;
    },
    bandIn: (key) => {
      const b = kpiBand(results, key);
      if (!multi || b.p10 === null || b.p90 === null) return '';
      const lo = formatKpi(f, b.unit, b.p10, none);
      const hi = formatKpi(f, b.unit, b.p90, none);
      return locale === 'es' ? `; P10–P90: de ${lo} a ${hi}` : `; P10–P90: ${lo} to ${hi}`;
    },
    raw: (key) => kpiBand(results, key).headline,
  };
}

/**
 * Payback on both bases and NPV at the plan's rate, as one clause: "it pays back in week 33 on
 * a cash basis (week 51 counting the points liability as it builds); its net present value at
 * 8.0% a year is ...". With several draws a payback missing from the headline was not reached
 * in most of them, and the clause says so.
 */
function returnsClause(x: Figures, results: SimulationResults, f: ReportFormat, locale: Locale): string {
  // "in most draws" only where some draws did pay back; none did, the plain sentence is true.
  const multi = hasBands(results) && kpiBand(results, 'paybackWeeksCash').drawsWithValue > 0;
  const cash = x.raw('paybackWeeksCash');
  const accrued = x.raw('paybackWeeksAccrued');
  const rate = discountRateText(results, locale, f);
  if (locale === 'es') {
    const cashPart = cash !== null ? `se recupera en la semana ${x.v('paybackWeeksCash')} en base de caja` : `no se recupera dentro del horizonte en base de caja${multi ? ' en la mayoría de las extracciones' : ''}`;
    const accruedPart = accrued !== null ? `semana ${x.v('paybackWeeksAccrued')} contando el pasivo por puntos a medida que se acumula` : 'fuera del horizonte contando el pasivo por puntos a medida que se acumula';
    return `${cashPart} (${accruedPart}), y su valor actual neto al ${rate} es de ${x.v('npvAccrued')} en base devengada y ${x.v('npvCash')} en base de caja`;
  }
  const cashPart = cash !== null ? `it pays back in week ${x.v('paybackWeeksCash')} on a cash basis` : `it does not pay back within the horizon on a cash basis${multi ? ' in most draws' : ''}`;
  const accruedPart = accrued !== null ? `week ${x.v('paybackWeeksAccrued')} counting the points liability as it builds` : 'not within the horizon counting the points liability as it builds';
  return `${cashPart} (${accruedPart}), and its net present value at ${rate} is ${x.v('npvAccrued')} on the accrued basis and ${x.v('npvCash')} on the cash basis`;
}

export function executiveSummary(results: SimulationResults, plan: Plan, f: ReportFormat, locale: Locale): string[] {
  const x = figures(results, f, locale);
  const H = results.horizonWeeks;
  const years = H / 52;
  const horizonEn = Number.isInteger(years) ? `${years} year${years === 1 ? '' : 's'} (${H} weeks)` : `${H} weeks`;
  const horizonEs = Number.isInteger(years) ? `${years} año${years === 1 ? '' : 's'} (${H} semanas)` : `${H} semanas`;
  const returns = returnsClause(x, results, f, locale);
  const retained = x.raw('retainedCustomers') ?? 0;
  const net = x.raw('netIncrementalProfit') ?? 0;
  const firstYearCost = costByYear(results).total[0] ?? 0;
  const sentences: string[] = [];
  if (locale === 'es') {
    sentences.push(
      `En ${horizonEs}, el plan «${plan.name}» aportaría ${x.v('incrementalRevenue')} de ventas incrementales${x.band('incrementalRevenue')} frente a los mismos clientes sin el programa, y ${x.v('incrementalMargin')} de margen bruto incremental.`,
      `El programa cuesta ${x.v('programmeCost')} en total${x.band('programmeCost')}, ${f.money(firstYearCost)} de ellos el primer año. De ese total, ${x.v('rewardCost')} son recompensas: una tasa de gratuidad del ${x.v('freeRewardRateTotal')} de las ventas totales${x.band('freeRewardRateTotal')} y del ${x.v('freeRewardRateMembers')} de las ventas de los socios.`,
      net >= 0
        ? `Descontado su coste, deja un beneficio incremental de ${x.v('netIncrementalProfit')}, un ROI del ${x.v('roi')}${x.band('roi')}; ${returns}.`
        : `Descontado su coste, el margen incremental no lo cubre: el resultado neto es ${x.v('netIncrementalProfit')}, un ROI del ${x.v('roi')}${x.band('roi')}; ${returns}. Para cubrir su coste, las ventas tendrían que crecer un ${x.v('breakEvenSalesLift')}.`,
      retained > 0
        ? `Al final del horizonte siguen comprando ${x.v('retainedCustomers')} clientes más que sin el plan (${x.v('aliveEndPlan')} frente a ${x.v('aliveEndCounterfactual')}${x.bandIn('retainedCustomers')}), a ${x.v('costPerRetainedCustomer')} por cliente retenido.`
        : `Al final del horizonte el plan no retiene clientes adicionales (${x.v('aliveEndPlan')} con el plan frente a ${x.v('aliveEndCounterfactual')} sin él).`,
      `Al cierre, el programa tiene un pasivo por puntos de ${x.v('liabilityAtCostEnd')} a coste${x.band('liabilityAtCostEnd')} e ingresos diferidos de ${x.v('deferredRevenueEnd')} según la NIIF 15; se estima que no se canjeará el ${x.v('breakage')} de los puntos emitidos.`,
    );
    if (hasBands(results)) {
      sentences.push(
        `Cada cifra es la mediana de ${f.count(results.draws)} extracciones de los supuestos de comportamiento, con su intervalo P10–P90; el caso base (cada supuesto en su valor más probable) figura en la tabla de indicadores y difiere de la mediana cuando los rangos de los supuestos son asimétricos.`,
      );
    }
  } else {
    sentences.push(
      `Over ${horizonEn}, the plan “${plan.name}” would add ${x.v('incrementalRevenue')} of incremental revenue${x.band('incrementalRevenue')} against the same customers without the programme, and ${x.v('incrementalMargin')} of incremental gross margin.`,
      `The programme costs ${x.v('programmeCost')} in all${x.band('programmeCost')}, ${f.money(firstYearCost)} of it in the first year. Of the total, ${x.v('rewardCost')} is rewards: a free-reward rate of ${x.v('freeRewardRateTotal')} of total sales${x.band('freeRewardRateTotal')} and ${x.v('freeRewardRateMembers')} of members’ sales.`,
      net >= 0
        ? `Net of its cost it returns ${x.v('netIncrementalProfit')}, an ROI of ${x.v('roi')}${x.band('roi')}; ${returns}.`
        : `The incremental margin does not cover its cost: the net result is ${x.v('netIncrementalProfit')}, an ROI of ${x.v('roi')}${x.band('roi')}; ${returns}. To cover its cost, sales would have to rise by ${x.v('breakEvenSalesLift')}.`,
      retained > 0
        ? `At the horizon ${x.v('retainedCustomers')} more customers are still buying than without the plan (${x.v('aliveEndPlan')} against ${x.v('aliveEndCounterfactual')}${x.bandIn('retainedCustomers')}), at ${x.v('costPerRetainedCustomer')} per retained customer.`
        : `At the horizon the plan keeps no more customers buying than without it (${x.v('aliveEndPlan')} with the plan against ${x.v('aliveEndCounterfactual')}).`,
      `At the horizon the programme carries a points liability of ${x.v('liabilityAtCostEnd')} at cost${x.band('liabilityAtCostEnd')} and ${x.v('deferredRevenueEnd')} of IFRS 15 deferred revenue; ${x.v('breakage')} of the points issued are expected never to be redeemed.`,
    );
    if (hasBands(results)) {
      sentences.push(
        `Each figure is the median of ${f.count(results.draws)} draws of the behavioural assumptions, with its P10–P90 range; the base case (every assumption at its most likely value) is in the KPI table and differs from the median where the assumptions’ ranges are skewed.`,
      );
    }
  }
  return sentences;
}

/** The method notes: how the projection is made, in a few paragraphs a finance reader can check. */
export function methodNotes(results: SimulationResults, locale: Locale, f: ReportFormat): { title: string; text: string }[] {
  const sampled = results.simulatedCustomers < results.baseCustomers;
  const sampleEn = sampled
    ? ` A stratified sample of ${f.count(results.simulatedCustomers)} of the ${f.count(results.baseCustomers)} customers was simulated, each standing for the customers of its segment it represents${results.samplingRelativeError !== null ? ` (relative sampling error of the incremental revenue about ${f.percent(results.samplingRelativeError, 1)})` : ''}.`
    : ` All ${f.count(results.baseCustomers)} customers of the workspace were simulated.`;
  const sampleEs = sampled
    ? ` Se simuló una muestra estratificada de ${f.count(results.simulatedCustomers)} de los ${f.count(results.baseCustomers)} clientes, cada uno en representación de los clientes de su segmento${results.samplingRelativeError !== null ? ` (error relativo de muestreo de las ventas incrementales de alrededor del ${f.percent(results.samplingRelativeError, 1)})` : ''}.`
    : ` Se simularon los ${f.count(results.baseCustomers)} clientes del espacio de trabajo.`;
  if (locale === 'es') {
    return [
      {
        title: 'Dos mundos, los mismos clientes',
        text: `Cada cliente se simula semana a semana durante ${results.horizonWeeks} semanas en dos mundos: con el programa y sin él (el contrafactual). Las compras, el gasto y el abandono de cada segmento salen de los modelos ajustados a sus datos (BG/NBD para compras y abandono, Gamma-Gamma para el gasto).${sampleEs} Toda cifra incremental es el mundo con plan menos el contrafactual.`,
      },
      {
        title: 'Números aleatorios comunes',
        text: 'Los dos mundos leen las mismas secuencias aleatorias para «cuántas compras» y «si el cliente abandona», por inversión: un socio que compra más o abandona menos con el plan lo hace frente a la misma suerte que en el contrafactual, así que la diferencia es el efecto del plan y no ruido. Un cliente que nunca se une al programa es idéntico en ambos mundos y se simula una sola vez.',
      },
      {
        title: 'Aclarado (thinning)',
        text: 'La aleatoriedad solo se extrae en las semanas en que puede pasar algo: las semanas candidatas a compra se extraen a la intensidad más alta que el plan puede dar a ese cliente, y cada una se acepta con la intensidad de su mundo esa semana dividida por ese máximo; el abandono, igual. Es un método exacto, no una aproximación, y hace que los dos mundos compartan las semanas candidatas.',
      },
      {
        title: 'Incertidumbre',
        text: `Cada cifra de comportamiento es una distribución. El caso base toma su valor más probable; un bucle exterior de Monte Carlo hizo ${results.draws} extracción(es) de todos los supuestos a la vez (semilla ${results.seed}), y P10, P50 y P90 son percentiles de cada indicador sobre las extracciones, tomados indicador a indicador (un P10 de ventas y un P10 de coste no tienen por qué venir de la misma extracción).`,
      },
      {
        title: 'Coste de recompensas devengado',
        text: 'El coste de recompensas son las recompensas canjeadas en el horizonte más el pasivo a coste que queda al final: los puntos que todavía se canjearán cuestan aunque no se hayan canjeado aún, así que ni la tasa de gratuidad ni el ROI salen favorecidos por puntos pendientes. El coste del programa suma a eso los privilegios, los contactos, la liquidación neta con socios comerciales y los costes fijos y de lanzamiento.',
      },
      {
        title: 'Pasivo por puntos a coste',
        text: 'Puntos pendientes menos los que están en manos de clientes que han dejado de comprar (breakage por inactividad: no se canjearán), por el coste de un punto canjeado: su valor por el coste de la recompensa según la mezcla (dinero, mercancía propia a coste, socio) y, para la parte canjeada en socios comerciales, el precio pactado por punto.',
      },
      {
        title: 'NIIF 15 / ASC 606',
        text: 'Los puntos que dan un derecho material son una obligación de desempeño separada (NIIF 15.B39–B43). En cada venta, el precio se reparte entre los bienes y los puntos en proporción a sus precios de venta independientes; el de los puntos es puntos × valor por punto de las recompensas que compran × probabilidad de canje. La parte de los puntos se difiere y se reconoce a medida que se canjean, en proporción a los canjes esperados en total; la estimación se rehace cada semana con un ajuste, de modo que el breakage se reconoce según el patrón de ejercicio de los derechos (ASC 606-10-55-48). El saldo es el pasivo contractual.',
      },
      {
        title: 'Periodos',
        text: 'La semana 1 es la semana de lanzamiento. Los años son de 52 semanas y los trimestres de 13; los meses del libro Excel son meses comerciales 4-4-5 contados desde el lanzamiento. Los importes están en la moneda del plan, sin redondear en el libro Excel.',
      },
    ];
  }
  return [
    {
      title: 'Two worlds, the same customers',
      text: `Each customer is simulated week by week over ${results.horizonWeeks} weeks in two worlds: with the programme and without it (the counterfactual). Each segment’s purchases, spend and dropout come from the models fitted to its data (BG/NBD for purchases and dropout, Gamma-Gamma for spend).${sampleEn} Every incremental figure is the plan world minus the counterfactual.`,
    },
    {
      title: 'Common random numbers',
      text: 'Both worlds read the same random streams for “how many purchases” and “does the customer drop out”, by inversion: a member who buys more or lapses less with the plan does so against the very same luck as in the counterfactual, so the difference is the plan’s effect rather than noise. A customer who never joins is the same in both worlds and is simulated once.',
    },
    {
      title: 'Thinning',
      text: 'Randomness is drawn only in the weeks where something may happen: candidate purchase weeks are drawn at the highest intensity the plan can give the customer, and each is accepted with its world’s intensity that week over that maximum; dropout likewise. The method is exact, not an approximation, and it makes both worlds share the candidate weeks.',
    },
    {
      title: 'Uncertainty',
      text: `Every behavioural figure is a distribution. The base case takes its most likely value; an outer Monte Carlo loop made ${results.draws} draw(s) of all the assumptions together (seed ${results.seed}), and P10, P50 and P90 are percentiles of each indicator over the draws, taken indicator by indicator (a P10 of revenue and a P10 of cost need not come from the same draw).`,
    },
    {
      title: 'Accrued reward cost',
      text: 'Reward cost is the rewards redeemed within the horizon plus the liability at cost left at its end: points that will still be redeemed cost money though they have not been redeemed yet, so neither the free-reward rate nor the ROI is flattered by points outstanding. Programme cost adds privileges, contacts, the net partner settlement, and fixed and launch costs.',
    },
    {
      title: 'Points liability at cost',
      text: 'Points outstanding, less those held by customers who have stopped buying (inactivity breakage: they will not be redeemed), times what a redeemed point costs: its value times the cost of the reward by the reward mix (cash-like at value, own merchandise at cost, partner rewards at the negotiated rate) and, for the share redeemed at burn partners, the agreed price per point.',
    },
    {
      title: 'IFRS 15 / ASC 606',
      text: 'Points that give a material right are a separate performance obligation (IFRS 15.B39–B43). At each sale the price is shared between the goods and the points in proportion to their stand-alone selling prices; the points’ is points × value per point of the rewards they buy × probability of redemption. The points’ share is deferred and released as points are redeemed, in proportion to the redemptions expected in total; the estimate is re-made every week with a true-up, so breakage is recognised in proportion to the pattern of rights exercised (ASC 606-10-55-48). The balance is the contract liability.',
    },
    {
      title: 'Periods',
      text: 'Week 1 is the launch week. Years are 52 weeks and quarters 13; the workbook’s months are retail 4-4-5 months counted from launch. Amounts are in the plan’s currency, unrounded in the workbook.',
    },
  ];
}

/** A figure of an assumption: up to four significant decimals, in the locale's notation. */
export function assumptionNumber(f: ReportFormat, v: number): string {
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 1 ? 2 : 4;
  return f.decimal(v, digits);
}

export function distributionText(a: AssumptionRow, f: ReportFormat, t: ReportText): string {
  const n = (v: number | undefined) => (v === undefined ? '' : assumptionNumber(f, v));
  const p = a.parameters;
  switch (a.kind) {
    case 'fixed':
      return t.distFixed;
    case 'uniform':
      return `${t.distUniform} ${n(p.low)} – ${n(p.high)}`;
    case 'triangular':
      return `${t.distTriangular} ${n(p.low)} / ${n(p.mode)} / ${n(p.high)}`;
    case 'normal':
      return `${t.distNormal} ${n(p.mean)} ± ${n(p.sd)}`;
  }
}
