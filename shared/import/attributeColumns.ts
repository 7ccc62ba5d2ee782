import type { AttributeKind } from '../domain/attributes';

/**
 * First guesses for a customer-attribute column, from its header: a name the schema accepts and
 * its kind. The import wizard shows them for the user to change; `lw import --attributes` uses
 * them where --kind does not say otherwise. Headers in English and Spanish.
 */

/** A header as an attribute name the schema accepts: unusual characters become spaces. */
export function defaultAttributeName(header: string): string {
  const cleaned = header
    .replace(/[^\p{L}\p{N}_ .%-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 64)
    .trim();
  return cleaned;
}

const KIND_HINTS: readonly [AttributeKind, RegExp][] = [
  ['demographic', /\b(age|edad|gender|sex|sexo|g[eé]nero|birth|nacimiento|region|regi[oó]n|city|ciudad|province|provincia|country|pa[ií]s|post ?code|zip|c[oó]digo postal|income|household|children|hijos)\b/i],
  ['quality', /\b(nps|satisf\w*|csat|complain\w*|queja\w*|reclamaci\w*|incident\w*|claim\w*|rating|score|valoraci\w*)\b/i],
  ['marketing', /\b(email|e-mail|newsletter|opt[ -]?in|consent\w*|campaign\w*|campaña\w*|coupon\w*|cup[oó]n\w*|promo\w*|contact\w*|sms|push|channel preference)\b/i],
  ['financial', /\b(credit|cr[eé]dito|payment|pago|debt|deuda|billing|factura\w*|margin|margen|balance|saldo|limit|l[ií]mite|arrears|default)\b/i],
];

/** A first guess at a column's kind from its header; the user sees it and can change it. */
export function guessAttributeKind(header: string): AttributeKind {
  const words = header.replace(/[_.-]+/g, ' ');
  return KIND_HINTS.find(([, pattern]) => pattern.test(words))?.[0] ?? 'commercial';
}
