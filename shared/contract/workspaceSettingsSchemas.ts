import { z } from 'zod';
import { canonicalLocale, isCurrencyCode } from '../domain/workspaceSettings';

/**
 * The workspace's currency and locale as they cross into the backend. The new-workspace and
 * settings dialogs check their fields with these same schemas, so a dialog never accepts what
 * the backend would refuse.
 */

/** An ISO 4217 code this runtime can format ("usd" is read as "USD"). */
export const currencyCodeSchema = z
  .string({ error: 'A currency code is required, such as EUR or USD.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'A currency is a three-letter ISO 4217 code, such as EUR, USD or MXN.')
  .refine(isCurrencyCode, 'This is not an ISO 4217 currency code this app knows (for example EUR, USD, GBP, MXN, COP).');

/** A BCP 47 tag Intl can format numbers in, kept in its canonical form ("es-mx" → "es-MX"). */
export const localeSchema = z
  .string({ error: 'A locale is required, such as es-ES or en-US.' })
  .trim()
  .min(2, 'A locale is a language tag such as es-ES, es-MX, en-US or en-GB.')
  .max(35, 'A locale is a language tag such as es-ES, es-MX, en-US or en-GB.')
  .transform((tag, ctx) => {
    const canonical = canonicalLocale(tag);
    if (canonical === null) {
      ctx.addIssue({ code: 'custom', message: `"${tag}" is not a language tag this app can write numbers in; use one such as es-ES, es-MX, en-US or en-GB.` });
      return z.NEVER;
    }
    return canonical;
  });

/** A change of settings: either or both; the one left out stays as it is. */
export const workspaceSetSettingsSchema = z
  .object({ currencyCode: currencyCodeSchema.optional(), locale: localeSchema.optional() })
  .strict()
  .refine((s) => s.currencyCode !== undefined || s.locale !== undefined, 'Give a currency, a locale or both.');

export type WorkspaceSettingsChange = z.output<typeof workspaceSetSettingsSchema>;
