import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import type { Encoding } from '../../../shared/contract/importSchemas';
import { endsInsideQuotes, splitFields, type Delimiter } from '../../../shared/import/splitFields';

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

/** UTF-8 when the first bytes decode as UTF-8, else Latin-1 (what older Windows exports write). */
export function detectEncoding(head: Uint8Array): Encoding {
  try {
    // A cut in the middle of a multi-byte character at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, lastCompleteUtf8(head)));
    return 'utf-8';
  } catch {
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

/** The first lines of a file, decoded, for detection and the preview. */
export function headLines(path: string, encoding: Encoding, maxLines = 200): string[] {
  const head = readHead(path);
  const text = new TextDecoder(encoding === 'utf-8' ? 'utf-8' : 'latin1').decode(head.subarray(0, encoding === 'utf-8' ? lastCompleteUtf8(head) : head.length));
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (head.length === 64 * 1024) lines.pop(); // the last line may be cut
  return lines.slice(0, maxLines);
}

/**
 * Streams a delimited text file record by record, in constant memory: chunks are decoded as
 * they arrive and split into lines; a record whose quotes are still open continues on the next
 * line. Blank lines are skipped (their numbers still count).
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
  const decoder = new TextDecoder(options.encoding === 'utf-8' ? 'utf-8' : 'latin1');
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const quoted = options.delimiter !== 'whitespace';
  let carry = '';
  let lineNo = 0;
  let pending: string | null = null;
  let pendingLine = 0;
  let bytes = 0;
  let first = true;

  const emit = (line: string) => {
    lineNo++;
    if (pending !== null) {
      pending += `\n${line}`;
      if (endsInsideQuotes(pending)) return;
      const record = pending;
      pending = null;
      onRow(splitFields(record, options.delimiter), pendingLine);
      return;
    }
    if (line.length === 0 || (line.length < 3 && line.trim() === '')) return;
    if (quoted && line.includes('"') && endsInsideQuotes(line)) {
      pending = line;
      pendingLine = lineNo;
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
    let text = carry + decoder.decode(chunk, { stream: true });
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    let start = 0;
    if (quoted && pending === null && !text.includes('"')) {
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
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
        const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
        emit(text.slice(start, end));
        start = i + 1;
      }
    }
    carry = text.slice(start);
    options.onProgress?.(bytes);
  }
  carry += decoder.decode();
  if (carry.endsWith('\r')) carry = carry.slice(0, -1);
  if (carry.length > 0) emit(carry);
  if (pending !== null) {
    // An unclosed quote at the end of the file: hand the record over as it is; the importer
    // names its line when a field fails to parse.
    onRow(splitFields(pending, options.delimiter), pendingLine);
  }
}

/** Hands over the records after the header, when the file has one. */
export function skippingHeader(hasHeader: boolean, onRow: RowHandler): RowHandler {
  let first = true;
  return (fields, line) => {
    if (first) {
      first = false;
      if (hasHeader) return;
    }
    onRow(fields, line);
  };
}
