import type { DroppedRows } from '../../../shared/domain/imports';

/**
 * A stopped import's message names its bad lines in one long sentence ("… nothing was imported.
 * line 4: …; line 9: …. …and 12 more."). Split, it reads as a list a person can work through;
 * a message of any other shape is left whole.
 */
export function splitBadLines(message: string): { headline: string; lines: string[]; more: string | null } {
  const start = message.search(/\bline \d+:/);
  if (start < 0) return { headline: message, lines: [], more: null };
  const headline = message.slice(0, start).trim();
  let rest = message.slice(start).trim();
  let more: string | null = null;
  const moreAt = rest.search(/\s…and \d+ more\.?$/);
  if (moreAt >= 0) {
    more = rest.slice(moreAt).trim().replace(/^…/, '');
    rest = rest.slice(0, moreAt);
  }
  const lines = rest
    .replace(/\.$/, '')
    .split(/;\s(?=line \d+:)/)
    .map((l) => l.trim().replace(/^line/, 'Line'));
  return { headline, lines, more };
}

/** "4, 17, 230 …" – the first line numbers of a reason, with a mark when there are more. */
export function formatLineNumbers(entry: DroppedRows, locale: string): string {
  if (entry.lines.length === 0) return '—';
  const count = new Intl.NumberFormat(locale, { useGrouping: false });
  const listed = entry.lines.map((l) => count.format(l)).join(', ');
  return entry.rows > entry.lines.length ? `${listed} …` : listed;
}
