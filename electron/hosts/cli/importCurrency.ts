import { currencyCodeSchema, localeSchema } from '../../../shared/contract/workspaceSettingsSchemas';
import { DEFAULT_CURRENCY } from '../../../shared/domain/workspaceSettings';
import { resolveDetectedCurrency, type CurrencyDetection } from '../../../shared/import/detectCurrency';
import type { WritableDB } from '../../backend/db/types';
import { readWorkspaceSettings, writeWorkspaceSettings } from '../../backend/queries/workspaceSettings';
import { UsageError } from './cliErrors';

/** What `lw import --currency C --locale L` asked for, checked with the app's own schemas. */
export interface AskedSettings {
  currencyCode?: string;
  locale?: string;
}

export function askedSettings(currency: string | undefined, locale: string | undefined): AskedSettings {
  const asked: AskedSettings = {};
  if (currency !== undefined) {
    const parsed = currencyCodeSchema.safeParse(currency);
    if (!parsed.success) throw new UsageError(`--currency "${currency}": ${parsed.error.issues[0]?.message ?? 'not a currency code.'}`);
    asked.currencyCode = parsed.data;
  }
  if (locale !== undefined) {
    const parsed = localeSchema.safeParse(locale);
    if (!parsed.success) throw new UsageError(`--locale "${locale}": ${parsed.error.issues[0]?.message ?? 'not a language tag.'}`);
    asked.locale = parsed.data;
  }
  return asked;
}

/** "$ (USD, MXN, COP...)" — how the file writes its amounts, and what that may mean. */
function describe(detection: CurrencyDetection): string {
  const marks = detection.marks.map((m) => `"${m}"`).join(', ');
  return detection.ambiguous ? `${marks}, which may be ${detection.candidates.slice(0, 6).join(', ')}` : marks;
}

/**
 * The currency and locale a new workspace gets: what --currency and --locale say; else the
 * currency the amounts are written in (a "$" decided by the --locale region, else the US
 * dollar, said so); else EUR, as before. The sentence says which and why, for the created line.
 */
export function newWorkspaceSettings(asked: AskedSettings, detection: CurrencyDetection | undefined): { currencyCode: string; locale?: string; why: string } {
  const locale = asked.locale !== undefined ? { locale: asked.locale } : {};
  if (asked.currencyCode !== undefined) {
    const clash = detection && !detection.candidates.includes(asked.currencyCode) ? `; note that the amounts are written with ${describe(detection)}` : '';
    return { currencyCode: asked.currencyCode, ...locale, why: `in ${asked.currencyCode} as --currency says${clash}` };
  }
  if (detection) {
    const { code, byRegion } = resolveDetectedCurrency(detection, asked.locale ?? null);
    const choice = detection.ambiguous ? (byRegion ? `; ${code} by the --locale region` : `; taken as ${code}: give --currency CODE to choose another`) : '';
    const mixed = detection.mixed ? ' (the file seems to mix currencies: nothing is converted)' : '';
    return { currencyCode: code, ...locale, why: `in ${code}, as its amounts are written with ${describe(detection)}${choice}${mixed}` };
  }
  return { currencyCode: DEFAULT_CURRENCY, ...locale, why: `in ${DEFAULT_CURRENCY} (nothing in the file names a currency; give --currency CODE to choose)` };
}

/**
 * An existing workspace: --currency and --locale may set those of one still without
 * transactions (made by `lw import --attributes`, or empty), and are refused on one that has
 * some when they differ, since its amounts are already in its currency. Amounts written in
 * another currency than the workspace's are imported as they are, with a warning.
 */
export function applyToExisting(db: WritableDB, path: string, asked: AskedSettings, detection: CurrencyDetection | undefined, warn: (line: string) => void): void {
  const current = readWorkspaceSettings(db);
  const transactions = (db.prepare('SELECT count(*) AS n FROM transactions').get() as { n: number }).n;
  const change: AskedSettings = {};
  if (asked.currencyCode !== undefined && asked.currencyCode !== current.currencyCode) change.currencyCode = asked.currencyCode;
  if (asked.locale !== undefined && asked.locale !== current.locale) change.locale = asked.locale;
  if (Object.keys(change).length > 0) {
    if (transactions > 0) {
      const what = change.currencyCode !== undefined ? `is in ${current.currencyCode}` : `writes its figures in ${current.locale ?? 'the interface language'}`;
      throw new UsageError(
        `${path} ${what} and already holds transactions; --currency and --locale set a new workspace's, or one still without transactions. Change them in the app's workspace settings if they are wrong.`,
      );
    }
    writeWorkspaceSettings(db, change);
    warn(`lw: the workspace ${path} is now ${[change.currencyCode && `in ${change.currencyCode}`, change.locale && `written in ${change.locale}`].filter(Boolean).join(' and ')}`);
    return;
  }
  const workspaceCurrency = asked.currencyCode ?? current.currencyCode;
  if (detection && !detection.candidates.includes(workspaceCurrency)) {
    warn(`lw: warning: the amounts are written with ${describe(detection)}, but the workspace is in ${workspaceCurrency}: they are imported as ${workspaceCurrency}, unconverted.`);
  }
}
