import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import type { Encoding } from '../../../shared/contract/importSchemas';
import { duplicateNames } from '../../../shared/import/detectFormat';
import { unicodeFormOf } from '../../../shared/import/fileBytes';
import { quoteOpenAfter, splitFields, type Delimiter } from '../../../shared/import/splitFields';
import { duplicateNamesFault, ENDLESS_LINE, faultRecord, recordFault, UNCLOSED_QUOTE, type RecordFault } from './recordFaults';

/** A record of the file: its fields and the line it starts on (1-based, as an editor counts). */
export type RowHandler = (fields: string[], line: number) => void;

export interface TextReadOptions {
  encoding: Encoding;
  delimiter: Delimiter;
  signal?: AbortSignal;
  onProgress?: (bytesRead: number) => void;
  /**
   * Offered each record that is one line with no quote in it, as text[from..to), before it is
   * split (never the file's first record, which may be a header): returns true when it took the
   * record, false to have it split and handed to the row handler as usual.
   */
  onPlainRecord?: (text: string, from: number, to: number) => boolean;
}

const CHUNK_BYTES = 1 << 20;

/**
 * The longest record the reader takes, in characters. A quoted field running on for longer, or
 * a line with no end, is a quote never closed or not a file of rows: reading stops there with a
 * fault naming the line, rather than holding the rest of the file as one record.
 */
export const MAX_RECORD_CHARS = 1 << 20;

/** UTF-8 when the first bytes decode as UTF-8, else Latin-1 (what older Windows exports write). */
export function detectEncoding(head: Uint8Array): Encoding {
  try {
    // A cut in the middle of a multi-byte character at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, lastCompleteUtf8(head)));
    return 'utf-8';
  } catch {
    // The fatal decoder's refusal is the answer: these bytes are not UTF-8.
    return 'latin1';
  }
}

function lastCompleteUtf8(bytes: Uint8Array): number {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (need > back) end -= back;
    break;
  }
  return end;
}

export function readHead(path: string, bytes = 64 * 1024): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * What a file's bytes are decoded as: the Unicode form they announce (a byte-order mark, or
 * UTF-16's zero bytes), else the encoding asked for. A TextDecoder label.
 */
export function decodingOf(head: Uint8Array, encoding: Encoding): string {
  return unicodeFormOf(head) ?? (encoding === 'utf-8' ? 'utf-8' : 'latin1');
}

/** The first lines of a file, decoded, for detection and the preview. */
export function headLines(path: string, encoding: Encoding, maxLines = 200): string[] {
  const head = readHead(path);
  const decoding = decodingOf(head, encoding);
  // A cut character at the end of the head would decode as U+FFFD: the cut line is dropped below.
  const text = new TextDecoder(decoding).decode(decoding === 'utf-8' ? head.subarray(0, lastCompleteUtf8(head)) : head);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (head.length === 64 * 1024) lines.pop(); // the last line may be cut
  return lines.slice(0, maxLines);
}

/**
 * Streams a delimited text file record by record, in constant memory: chunks are decoded as
 * they arrive and split into lines; a record whose quotes are still open continues on the next
 * line. Blank lines are skipped (their numbers still count). A quote never closed, or a line
 * with no end, is handed over as a fault (see recordFaults) in place of the record, and reading
 * stops there. Every character is looked at a bounded number of times, whatever the quoting.
 */
export async function readTextRecords(path: string, options: TextReadOptions, handler: RowHandler): Promise<void> {
  // The first record may be a header: onPlainRecord is offered records only once one was handed over.
  let handedOver = options.onPlainRecord === undefined;
  const onRow: RowHandler = handedOver
    ? handler
    : (fields, line) => {
        handedOver = true;
        handler(fields, line);
      };
  // Made once the first chunk shows what the bytes announce (decodingOf).
  let decoder: TextDecoder | null = null;
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const quoted = options.delimiter !== 'whitespace';
  let carry = '';
  let lineNo = 0;
  // The lines of a record whose quoted field is still open, the characters they hold, and the
  // line the record starts on. Kept as lines, joined once the field closes.
  let open: string[] | null = null;
  let openChars = 0;
  let openLine = 0;
  let stopped = false;
  let bytes = 0;
  let first = true;

  const stop = (fault: RecordFault, line: number) => {
    stopped = true;
    onRow(faultRecord(fault), line);
  };

  const emit = (line: string) => {
    lineNo++;
    if (open !== null) {
      open.push(line);
      openChars += line.length + 1;
      if (quoteOpenAfter(line, options.delimiter, true)) {
        if (openChars > MAX_RECORD_CHARS) stop(UNCLOSED_QUOTE, openLine);
        return;
      }
      const record = open.join('\n');
      open = null;
      onRow(splitFields(record, options.delimiter), openLine);
      return;
    }
    if (line.length === 0 || (line.length < 3 && line.trim() === '')) return;
    if (quoted && line.includes('"') && quoteOpenAfter(line, options.delimiter, false)) {
      open = [line];
      openChars = line.length;
      openLine = lineNo;
      return;
    }
    onRow(splitFields(line, options.delimiter), lineNo);
  };

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (options.signal?.aborted) {
      stream.destroy();
      return;
    }
    bytes += chunk.length;
    decoder ??= new TextDecoder(decodingOf(chunk, options.encoding));
    let text = carry + decoder.decode(chunk, { stream: true });
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    // Lone CRs (old Mac files, or line ends mixed) become LFs, so the loops below see one kind
    // of line end (they take CRLF as it is). Rare, so only looked for, once over the chunk.
    if (hasLoneCr(text)) text = text.replace(LONE_CR, '\n');
    let start = 0;
    if (quoted && open === null && !text.includes('"')) {
      // The usual chunk, with no quote in it: every line is one record, split field by field
      // straight from the chunk's text, without a string per line first (a fifth of the parsing
      // time of a large file, measured). The same records, line numbers and blank-line rule as
      // emit; `next` is the next delimiter at or after the field being read, so every character
      // is looked at once even when lines have fewer fields than the chunk suggests.
      const delimiter = options.delimiter;
      const plain = options.onPlainRecord;
      let next = text.indexOf(delimiter);
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
        const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
        lineNo++;
        if (plain !== undefined && handedOver && end - start >= 3 && plain(text, start, end)) {
          // Taken whole.
        } else if (end - start >= 3 || text.slice(start, end).trim() !== '') {
          // Lines taken whole or skipped since `next` was found may hold delimiters (a blank
          // line a lone tab): never one of this line's.
          if (next !== -1 && next < start) next = text.indexOf(delimiter, start);
          const fields: string[] = [];
          let from = start;
          while (next !== -1 && next < end) {
            fields.push(text.slice(from, next));
            from = next + 1;
            next = text.indexOf(delimiter, from);
          }
          fields.push(text.slice(from, end));
          onRow(fields, lineNo);
        }
        start = i + 1;
      }
    } else {
      for (let i = text.indexOf('\n'); i !== -1 && !stopped; i = text.indexOf('\n', start)) {
        const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
        emit(text.slice(start, end));
        start = i + 1;
      }
    }
    carry = text.slice(start);
    // The carry is read again with the next chunk: bounded, so that costs at most a constant
    // factor, and a file with no line ends is not held whole.
    if (!stopped && open !== null && openChars + carry.length > MAX_RECORD_CHARS) stop(UNCLOSED_QUOTE, openLine);
    else if (!stopped && carry.length > MAX_RECORD_CHARS) stop(ENDLESS_LINE, lineNo + 1);
    options.onProgress?.(bytes);
    if (stopped) {
      stream.destroy();
      return;
    }
  }
  if (decoder !== null) carry += decoder.decode();
  if (carry.endsWith('\r')) carry = carry.slice(0, -1);
  if (carry.length > 0) emit(carry);
  // A quote still open at the end of the file: the record is the rest of the file.
  if (!stopped && open !== null) stop(UNCLOSED_QUOTE, openLine);
}

/** A CR not followed by an LF. Not the text's last character, whose LF may begin the next chunk. */
const LONE_CR = /\r(?!\n|$)/g;

/** Whether LONE_CR matches: a loop over the CRs, a quarter of the regular expression's cost. */
function hasLoneCr(text: string): boolean {
  const last = text.length - 1;
  for (let i = text.indexOf('\r'); i !== -1 && i < last; i = text.indexOf('\r', i + 2)) {
    if (text.charCodeAt(i + 1) !== 10) return true;
  }
  return false;
}

/**
 * Hands over the records after the header, when the file has one; a fault, even in its place.
 * A header that names two columns alike is a fault of its own: which of them the user meant (on
 * the command line, by name) cannot be told.
 */
export function skippingHeader(hasHeader: boolean, onRow: RowHandler): RowHandler {
  let first = true;
  return (fields, line) => {
    if (first) {
      first = false;
      if (hasHeader && recordFault(fields) === null) {
        const duplicates = duplicateNames(fields);
        if (duplicates !== null) onRow(faultRecord(duplicateNamesFault(duplicates)), line);
        return;
      }
    }
    onRow(fields, line);
  };
}
