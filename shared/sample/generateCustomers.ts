import { isoToDayNumber } from '../calendar/isoDate';
import { bernoulli, beta, categorical, exponential, gamma, normal, poisson } from '../random/distributions';
import { createRng } from '../random/rng';
import {
  CATEGORIES,
  CATEGORY_MARGIN_RATES,
  REGIONS,
  SAMPLE_NUMERIC_ATTRIBUTES,
  SAMPLE_TEXT_ATTRIBUTES,
  STORES,
  type SampleSpec,
} from './sampleSpec';

/**
 * The customers [first, first + count) of a sample, as typed arrays so a worker can hand them
 * to the backend without copying. Transactions are ordered by customer, then by day.
 */
export interface SampleChunk {
  firstCustomer: number;
  customerCount: number;
  /** Per customer: index into spec.groups. */
  group: Uint8Array;
  /** Per customer: day number (days since 1970-01-01) of the first purchase. */
  firstPurchaseDay: Int32Array;
  /** Per customer: whether the customer is still alive at the end of the data (ground truth). */
  aliveAtEnd: Uint8Array;
  /** Per customer: the drawn purchase rate lambda (per week), dropout p and spend scale nu. */
  lambdaPerWeek: Float64Array;
  dropoutProbability: Float64Array;
  spendNu: Float64Array;
  tx: {
    customer: Int32Array;
    day: Int32Array;
    amountCents: Int32Array;
    marginCents: Int32Array;
    quantity: Uint16Array;
    channel: Uint8Array;
    store: Uint8Array;
    category: Uint8Array;
  };
  /** customerCount x SAMPLE_NUMERIC_ATTRIBUTES.length, row-major. */
  numericAttributes: Float64Array;
  /** customerCount x SAMPLE_TEXT_ATTRIBUTES.length, row-major; indexes into each attribute's options. */
  textAttributes: Uint8Array;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Buffers that grow by doubling, so a chunk's transaction count need not be known ahead. */
class TxBuffer {
  length = 0;
  customer = new Int32Array(1024);
  day = new Int32Array(1024);
  amountCents = new Int32Array(1024);
  marginCents = new Int32Array(1024);
  quantity = new Uint16Array(1024);
  channel = new Uint8Array(1024);
  store = new Uint8Array(1024);
  category = new Uint8Array(1024);

  push(c: number, d: number, amount: number, margin: number, qty: number, ch: number, st: number, cat: number): void {
    if (this.length === this.customer.length) this.grow();
    const i = this.length++;
    this.customer[i] = c;
    this.day[i] = d;
    this.amountCents[i] = amount;
    this.marginCents[i] = margin;
    this.quantity[i] = qty;
    this.channel[i] = ch;
    this.store[i] = st;
    this.category[i] = cat;
  }

  private grow(): void {
    const n = this.customer.length * 2;
    const g = <T extends Int32Array | Uint16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.customer = g(this.customer, (k) => new Int32Array(k));
    this.day = g(this.day, (k) => new Int32Array(k));
    this.amountCents = g(this.amountCents, (k) => new Int32Array(k));
    this.marginCents = g(this.marginCents, (k) => new Int32Array(k));
    this.quantity = g(this.quantity, (k) => new Uint16Array(k));
    this.channel = g(this.channel, (k) => new Uint8Array(k));
    this.store = g(this.store, (k) => new Uint8Array(k));
    this.category = g(this.category, (k) => new Uint8Array(k));
  }

  trimmed(): SampleChunk['tx'] {
    const n = this.length;
    return {
      customer: this.customer.slice(0, n),
      day: this.day.slice(0, n),
      amountCents: this.amountCents.slice(0, n),
      marginCents: this.marginCents.slice(0, n),
      quantity: this.quantity.slice(0, n),
      channel: this.channel.slice(0, n),
      store: this.store.slice(0, n),
      category: this.category.slice(0, n),
    };
  }
}

const ONLINE_STORE = STORES.indexOf('Online');
const PHYSICAL_STORES = STORES.length - 1;

/**
 * Generates customers [first, first + count) of the sample. Every customer draws from its own
 * random stream (seed, customer index), so any split into chunks gives the same customers.
 */
export function generateSampleChunk(spec: SampleSpec, seed: number, first: number, count: number): SampleChunk {
  const startDay = isoToDayNumber(spec.startDate);
  const spanDays = Math.round(spec.spanWeeks * 7);
  const endDay = startDay + spanDays; // exclusive
  const shares = spec.groups.map((g) => g.share);
  const nNum = SAMPLE_NUMERIC_ATTRIBUTES.length;
  const nText = SAMPLE_TEXT_ATTRIBUTES.length;

  const out: Omit<SampleChunk, 'tx'> = {
    firstCustomer: first,
    customerCount: count,
    group: new Uint8Array(count),
    firstPurchaseDay: new Int32Array(count),
    aliveAtEnd: new Uint8Array(count),
    lambdaPerWeek: new Float64Array(count),
    dropoutProbability: new Float64Array(count),
    spendNu: new Float64Array(count),
    numericAttributes: new Float64Array(count * nNum),
    textAttributes: new Uint8Array(count * nText),
  };
  const tx = new TxBuffer();
  const categoriesSeen = new Uint8Array(CATEGORIES.length);

  for (let k = 0; k < count; k++) {
    const customer = first + k;
    const rng = createRng(seed, customer);
    const gi = categorical(rng, shares);
    const g = spec.groups[gi]!;
    const t = g.traits;
    out.group[k] = gi;

    // Arrival: the existing base shows up early in the data; new customers arrive evenly after,
    // until a week before the end.
    const arrivalWeeks = bernoulli(rng, spec.initialBaseShare)
      ? rng.next() * spec.initialBaseWeeks
      : rng.next() * (spec.spanWeeks - 1);
    const lambda = gamma(rng, g.purchase.r, g.purchase.alphaWeeks);
    const p = beta(rng, g.purchase.a, g.purchase.b);
    const nu = gamma(rng, g.spend.q, g.spend.gamma);
    out.lambdaPerWeek[k] = lambda;
    out.dropoutProbability[k] = p;
    out.spendNu[k] = nu;
    const preferredStore = Math.floor(rng.next() * PHYSICAL_STORES);

    categoriesSeen.fill(0);
    let purchases = 0;
    let billingCents = 0;
    let marginCents = 0;
    let purchasesLastYear = 0;
    let alive = true;
    let timeWeeks = arrivalWeeks;
    const firstDay = startDay + Math.floor(arrivalWeeks * 7);
    out.firstPurchaseDay[k] = firstDay;

    // The first purchase, then repeat purchases at rate lambda; after each repeat purchase the
    // customer drops out with probability p (BG/NBD).
    for (;;) {
      const day = startDay + Math.floor(timeWeeks * 7);
      const amountCents = Math.max(1, Math.round(gamma(rng, g.spend.p, nu) * 100));
      const cat = categorical(rng, t.categoryWeights);
      const marginRate = clamp(normal(rng, CATEGORY_MARGIN_RATES[cat]!, 0.04), 0.05, 0.8);
      const mCents = Math.round(amountCents * marginRate);
      const qty = 1 + poisson(rng, clamp(amountCents / 2500 - 0.6, 0, 20));
      const ch = bernoulli(rng, t.onlineShare) ? (bernoulli(rng, 0.5) ? 1 : 2) : 0;
      const st = ch === 0 ? (bernoulli(rng, 0.8) ? preferredStore : Math.floor(rng.next() * PHYSICAL_STORES)) : ONLINE_STORE;
      tx.push(customer, day, amountCents, mCents, qty, ch, st, cat);
      purchases++;
      billingCents += amountCents;
      marginCents += mCents;
      categoriesSeen[cat] = 1;
      if (day >= endDay - 365) purchasesLastYear++;

      if (purchases > 1 && bernoulli(rng, p)) {
        alive = false;
        break;
      }
      timeWeeks += exponential(rng, lambda);
      if (startDay + Math.floor(timeWeeks * 7) >= endDay) break;
    }
    out.aliveAtEnd[k] = alive ? 1 : 0;

    const observedYears = Math.max(0.25, (endDay - firstDay) / 365);
    const activeLastYear = purchasesLastYear > 0 ? 1 : 0.3;
    let penetration = 0;
    for (let c = 0; c < CATEGORIES.length; c++) penetration += categoriesSeen[c]!;
    const numeric = [
      purchases / observedYears,
      clamp(beta(rng, 1 + 8 * t.shareOfWalletMean, 1 + 8 * (1 - t.shareOfWalletMean)), 0, 1),
      penetration / CATEGORIES.length,
      billingCents / 100,
      marginCents / 100,
      clamp(Math.round(normal(rng, t.satisfactionMean, 1.6)), 0, 10),
      poisson(rng, t.incidentsPerYear * (0.5 + Math.min(purchasesLastYear, 20) / 10)),
      poisson(rng, t.campaignResponsesPerYear * activeLastYear),
      poisson(rng, t.interactionsPerYear * activeLastYear),
      clamp(Math.round(normal(rng, t.ageMean, 12)), 18, 90),
    ];
    out.numericAttributes.set(numeric, k * nNum);
    const text = [
      categorical(rng, [5, 2, t.shareOfWalletMean * 6, 1 + t.onlineShare * 3]),
      bernoulli(rng, 0.35 + 0.5 * t.shareOfWalletMean) ? 0 : 1,
      categorical(rng, [68, 30, 2]),
      Math.floor(rng.next() * REGIONS.length),
    ];
    out.textAttributes.set(text, k * nText);
  }
  return { ...out, tx: tx.trimmed() };
}

/** The buffers of a chunk, for a zero-copy hand-over between threads. */
export function chunkTransferables(chunk: SampleChunk): ArrayBuffer[] {
  const arrays = [
    chunk.group, chunk.firstPurchaseDay, chunk.aliveAtEnd, chunk.lambdaPerWeek, chunk.dropoutProbability,
    chunk.spendNu, chunk.numericAttributes, chunk.textAttributes, ...Object.values(chunk.tx),
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** The customer id the sample gives customer index i ("C000001" for 0). */
export function sampleCustomerId(index: number): string {
  return `C${String(index + 1).padStart(6, '0')}`;
}

/** Splits n customers into chunks of at most size, in order. */
export function chunkRanges(n: number, size: number): { first: number; count: number }[] {
  const ranges: { first: number; count: number }[] = [];
  for (let first = 0; first < n; first += size) ranges.push({ first, count: Math.min(size, n - first) });
  return ranges;
}
