/**
 * What a file's first bytes say about it, before it is read as text: the Unicode form they
 * announce, or that the file is not text at all (a workbook, an archive, a PDF…) whatever its
 * name says. Without this, a UTF-16 export or a workbook renamed .csv read as garbled rows, and
 * the user was told no column held a date.
 */

/** The Unicode forms a file announces by its bytes, read as such whatever encoding was asked for. */
export type UnicodeForm = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Bytes looked at for UTF-16's zero bytes: enough for a header and a few rows. */
const SNIFF_BYTES = 4096;

/**
 * The Unicode form a file's first bytes announce: a byte-order mark (UTF-8, UTF-16 LE or BE), or,
 * without one, UTF-16's zero bytes — text of Latin letters, digits and punctuation in UTF-16 has
 * a zero as every character's high byte, so in every other byte, and nearly never in the others.
 * Null when they announce none (an 8-bit encoding applies).
 */
export function unicodeFormOf(head: Uint8Array): UnicodeForm | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(head.length, SNIFF_BYTES) >> 1;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZeros++;
    if (head[2 * i + 1] === 0) oddZeros++;
  }
  // Room for characters of other scripts (whose high bytes are not zero) and for those whose low
  // byte is (U+0100, a low surrogate such as an emoji's): zeros on one side in at least two
  // characters of five, and four times as many as on the other.
  if (oddZeros >= 0.4 * pairs && evenZeros * 4 <= oddZeros) return 'utf-16le';
  if (evenZeros >= 0.4 * pairs && oddZeros * 4 <= evenZeros) return 'utf-16be';
  return null;
}

export type NotTextKind = 'xlsx' | 'ods' | 'zip' | 'xls' | 'pdf' | 'gzip' | 'sqlite' | 'binary';

export interface NotText {
  kind: NotTextKind;
  /** What the file is, as a noun phrase: "an Excel workbook (XLSX)". */
  what: string;
  /** What to do instead. */
  hint: string;
  /** For a file refused for a zero byte: the line it is on (1-based). */
  line?: number;
}

const NOT_TEXT: Record<NotTextKind, Omit<NotText, 'kind' | 'line'>> = {
  xlsx: { what: 'an Excel workbook (XLSX)', hint: 'Rename it to end in .xlsx and import it again, or save it from Excel as CSV.' },
  ods: { what: 'an OpenDocument spreadsheet (ODS)', hint: 'Open it in LibreOffice Calc or Excel and save it as an Excel workbook (.xlsx) or as CSV.' },
  zip: { what: 'a ZIP archive (a compressed folder, or an Office document)', hint: 'If it holds a CSV or XLSX file, unzip it and import that; otherwise export the data as CSV.' },
  xls: { what: 'an Excel 97-2003 workbook (XLS) or another old Office document', hint: 'Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.' },
  pdf: { what: 'a PDF document', hint: 'A PDF holds pages, not rows: export the data as CSV or XLSX from the system it came from.' },
  gzip: { what: 'a gzip-compressed file', hint: 'Decompress it and import the file inside.' },
  sqlite: { what: 'a SQLite database (a Loyalty Workbench workspace, perhaps)', hint: 'Open it as a workspace, or export its transactions as CSV and import that.' },
  binary: { what: 'a binary file', hint: 'Export the data as CSV or XLSX and import that.' },
};

const notText = (kind: NotTextKind, line?: number): NotText => ({ kind, ...NOT_TEXT[kind], ...(line === undefined ? {} : { line }) });

/**
 * Whether a file's first bytes are those of something other than text: a known format by its
 * signature, or else a zero byte, which text never holds (UTF-16's excepted). Null for text.
 */
export function notTextOf(head: Uint8Array): NotText | null {
  const starts = (...signature: number[]) => signature.every((b, i) => head[i] === b);
  const ascii = (s: string) => starts(...Array.from(s, (c) => c.charCodeAt(0)));
  if (ascii('PK\x03\x04') || ascii('PK\x05\x06')) {
    // The archive's first entries' names are in the clear near its start.
    if (holds(head, 'xl/')) return notText('xlsx');
    if (holds(head, 'opendocument.spreadsheet')) return notText('ods');
    return notText('zip');
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return notText('xls');
  if (ascii('%PDF-')) return notText('pdf');
  if (starts(0x1f, 0x8b)) return notText('gzip');
  if (ascii('SQLite format 3\0')) return notText('sqlite');
  if (unicodeFormOf(head)?.startsWith('utf-16')) return null;
  const zero = head.indexOf(0);
  if (zero === -1) return null;
  // Lines end in LF, CRLF or a lone CR, as the reader counts them.
  let line = 1;
  for (let i = 0; i < zero; i++) if (head[i] === 10 || (head[i] === 13 && head[i + 1] !== 10)) line++;
  return notText('binary', line);
}

/** Whether the bytes hold an ASCII text somewhere. */
function holds(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < text.length && bytes[i + k] === text.charCodeAt(k)) k++;
    if (k === text.length) return true;
  }
  return false;
}
