/**
 * The retailer `npm run bench:scale-ui` works on (issue 15): the sample retailer's generator
 * (shared/sample/generateCustomers.ts: five BG/NBD groups with Gamma purchase rates, Beta dropout
 * and Gamma-Gamma spend, and the CRM attributes), with each group's purchase rate doubled (its
 * alpha halved), so that a million customers make about 11.7 million transactions over the
 * sample's three years, as the retailer does (the sample itself makes 7.5 a customer).
 * Written as a user's export would be: a transactions CSV and an attributes CSV, seeded, the same
 * bytes for the same seed and size.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { dayNumberToIso, isoToDayNumber } from '../../shared/calendar/isoDate';
import { generateSampleChunk, sampleCustomerId } from '../../shared/sample/generateCustomers';
import { CATEGORIES, CHANNELS, DEFAULT_SAMPLE_SPEC, SAMPLE_NUMERIC_ATTRIBUTES, SAMPLE_TEXT_ATTRIBUTES, STORES, type SampleSpec } from '../../shared/sample/sampleSpec';

/** Bumped when what a seed produces changes, so a cached file from before is made again. */
const DATA_VERSION = 'scale-ui-1';
/** Customers generated at a time: bounds the memory the generator holds. */
const CHUNK = 20_000;

/** The attributes written (a few of the sample's), with the kind `lw import --attributes --kind` is told. */
export const SCALE_ATTRIBUTES: readonly { name: string; kind: string }[] = [
  { name: 'age', kind: 'demographic' },
  { name: 'gender', kind: 'demographic' },
  { name: 'region', kind: 'demographic' },
  { name: 'email_opt_in', kind: 'marketing' },
  { name: 'satisfaction_score', kind: 'quality' },
  { name: 'share_of_wallet', kind: 'commercial' },
];

/** The sample retailer's spec for `customers` customers, every group buying twice as often. */
export function scaleSpec(customers: number): SampleSpec {
  return {
    ...DEFAULT_SAMPLE_SPEC,
    customers,
    groups: DEFAULT_SAMPLE_SPEC.groups.map((g) => ({ ...g, purchase: { ...g.purchase, alphaWeeks: g.purchase.alphaWeeks / 2 } })),
  };
}

export interface ScaleData {
  transactionsCsv: string;
  attributesCsv: string;
  customers: number;
  transactions: number;
  firstDate: string;
  lastDate: string;
  /** Seconds the generation took when the files were made (not now, when they were reused). */
  seconds: number;
  madeAt: string;
  reused: boolean;
}

type Stored = Omit<ScaleData, 'reused' | 'transactionsCsv' | 'attributesCsv'> & { version: string; seed: number };

/** Cents as currency with two decimals, without toFixed's cost for 12 million rows. */
function money(cents: number): string {
  const whole = Math.floor(cents / 100);
  const rest = cents - whole * 100;
  return `${whole}.${rest < 10 ? '0' : ''}${rest}`;
}

/** Buffered writes to a file descriptor, a few MB at a time. */
class Out {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}
  add(line: string): void {
    this.parts.push(line);
    this.size += line.length;
    if (this.size > 4 << 20) this.flush();
  }
  flush(): void {
    if (this.parts.length > 0) writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/**
 * The retailer's two CSV files in `dir`, made unless a complete pair for this seed and size is
 * there already (or `fresh`). Files are written under a temporary name and renamed at the end,
 * and the marker last, so a stopped run leaves nothing that would be taken for complete.
 */
export function generateScaleData(dir: string, customers: number, seed: number, fresh: boolean, log: (line: string) => void): ScaleData {
  mkdirSync(dir, { recursive: true });
  const transactionsCsv = join(dir, 'transactions.csv');
  const attributesCsv = join(dir, 'attributes.csv');
  const marker = join(dir, 'generated.json');
  if (!fresh && existsSync(marker) && existsSync(transactionsCsv) && existsSync(attributesCsv)) {
    const stored = JSON.parse(readFileSync(marker, 'utf8')) as Stored;
    if (stored.version === DATA_VERSION && stored.seed === seed && stored.customers === customers) {
      return { ...stored, transactionsCsv, attributesCsv, reused: true };
    }
  }
  rmSync(marker, { force: true });

  const spec = scaleSpec(customers);
  const startDay = isoToDayNumber(spec.startDate);
  const dates: string[] = [];
  for (let d = 0; d <= Math.ceil(spec.spanWeeks * 7) + 7; d++) dates.push(dayNumberToIso(startDay + d));
  const numIndex = (name: string) => SAMPLE_NUMERIC_ATTRIBUTES.findIndex((a) => a.name === name);
  const textIndex = (name: string) => SAMPLE_TEXT_ATTRIBUTES.findIndex((a) => a.name === name);
  const age = numIndex('age');
  const satisfaction = numIndex('satisfaction_score');
  const wallet = numIndex('share_of_wallet');
  const gender = textIndex('gender');
  const region = textIndex('region');
  const optIn = textIndex('email_opt_in');
  if ([age, satisfaction, wallet, gender, region, optIn].some((i) => i < 0)) throw new Error('The sample no longer has the attributes this benchmark writes (scaleUiData.ts).');
  const nNum = SAMPLE_NUMERIC_ATTRIBUTES.length;
  const nText = SAMPLE_TEXT_ATTRIBUTES.length;
  const textOf = (attribute: number, option: number) => SAMPLE_TEXT_ATTRIBUTES[attribute]!.options[option]!;

  const started = performance.now();
  const txPartial = `${transactionsCsv}.partial`;
  const attrPartial = `${attributesCsv}.partial`;
  const txFd = openSync(txPartial, 'w');
  const attrFd = openSync(attrPartial, 'w');
  let transactions = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  try {
    const tx = new Out(txFd);
    const attrs = new Out(attrFd);
    tx.add('customer_id,date,amount,margin,quantity,channel,store,category\n');
    attrs.add(`customer_id,${SCALE_ATTRIBUTES.map((a) => a.name).join(',')}\n`);
    let reported = 0;
    for (let first = 0; first < customers; first += CHUNK) {
      const chunk = generateSampleChunk(spec, seed, first, Math.min(CHUNK, customers - first));
      const t = chunk.tx;
      const ids = Array.from({ length: chunk.customerCount }, (_, k) => sampleCustomerId(first + k));
      for (let i = 0; i < t.customer.length; i++) {
        const day = t.day[i]!;
        if (day < firstDay) firstDay = day;
        if (day > lastDay) lastDay = day;
        tx.add(
          `${ids[t.customer[i]! - first]},${dates[day - startDay]},${money(t.amountCents[i]!)},${money(t.marginCents[i]!)},${t.quantity[i]},${CHANNELS[t.channel[i]!]},${STORES[t.store[i]!]},${CATEGORIES[t.category[i]!]}\n`,
        );
      }
      transactions += t.customer.length;
      for (let k = 0; k < chunk.customerCount; k++) {
        const n = chunk.numericAttributes;
        const s = chunk.textAttributes;
        attrs.add(
          `${ids[k]},${n[k * nNum + age]},${textOf(gender, s[k * nText + gender]!)},${textOf(region, s[k * nText + region]!)},${textOf(optIn, s[k * nText + optIn]!)},${n[k * nNum + satisfaction]},${n[k * nNum + wallet]!.toFixed(3)}\n`,
        );
      }
      const done = first + chunk.customerCount;
      if (done - reported >= 100_000 || done === customers) {
        reported = done;
        log(`  generated ${done.toLocaleString('en')} customers, ${transactions.toLocaleString('en')} transactions (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      }
    }
    tx.flush();
    attrs.flush();
  } finally {
    closeSync(txFd);
    closeSync(attrFd);
  }
  renameSync(txPartial, transactionsCsv);
  renameSync(attrPartial, attributesCsv);
  const stored: Stored = {
    version: DATA_VERSION,
    seed,
    customers,
    transactions,
    firstDate: dayNumberToIso(firstDay),
    lastDate: dayNumberToIso(lastDay),
    seconds: (performance.now() - started) / 1000,
    madeAt: new Date().toISOString(),
  };
  writeFileSync(marker, JSON.stringify(stored, null, 2));
  return { ...stored, transactionsCsv, attributesCsv, reused: false };
}
