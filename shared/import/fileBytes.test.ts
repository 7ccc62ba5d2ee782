import { describe, expect, it } from 'vitest';
import { notTextOf, unicodeFormOf } from './fileBytes';

/** Bytes of text (each character a byte: ASCII, or Latin-1) and of numbers. */
const bytes = (...parts: (string | number[])[]) => {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === 'string') for (let i = 0; i < p.length; i++) out.push(p.charCodeAt(i));
    else out.push(...p);
  }
  return new Uint8Array(out);
};
const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
};
const csv = 'customer,date,amount\nC1,2024-01-05,12.50\nNúñez,2024-01-06,8\nΩ,2024-01-07,9\n';
const ascii = 'customer,date,amount\nC1,2024-01-05,12.50\n';

describe('unicodeFormOf', () => {
  it('reads the byte-order marks', () => {
    expect(unicodeFormOf(bytes([0xef, 0xbb, 0xbf], 'a,b'))).toBe('utf-8');
    expect(unicodeFormOf(utf16(csv, 'le', true))).toBe('utf-16le');
    expect(unicodeFormOf(utf16(csv, 'be', true))).toBe('utf-16be');
  });

  it('tells UTF-16 without a mark by its zero bytes, on one side', () => {
    expect(unicodeFormOf(utf16(csv, 'le', false))).toBe('utf-16le');
    expect(unicodeFormOf(utf16(csv, 'be', false))).toBe('utf-16be');
  });

  it('announces nothing for 8-bit text, or binary bytes', () => {
    expect(unicodeFormOf(bytes(ascii))).toBeNull();
    expect(unicodeFormOf(bytes('Núñez,2024-01-06,8\n'))).toBeNull(); // Latin-1
    expect(unicodeFormOf(new Uint8Array(64))).toBeNull();
    expect(unicodeFormOf(new Uint8Array(0))).toBeNull();
  });
});

describe('notTextOf', () => {
  it('knows spreadsheets, archives and documents by their first bytes', () => {
    const zip = (name: string) => bytes('PK', [3, 4, 20, 0, 6, 0, 8, 0, 0, 0], name, [0, 0, 0]);
    expect(notTextOf(zip('[Content_Types].xml'))?.kind).toBe('zip'); // an Office document, but which?
    expect(notTextOf(bytes('PK', [3, 4, 20, 0], '[Content_Types].xml', [0, 0], 'xl/workbook.xml'))?.kind).toBe('xlsx');
    expect(notTextOf(zip('xl/worksheets/sheet1.xml'))?.kind).toBe('xlsx');
    expect(notTextOf(zip('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'))?.kind).toBe('ods');
    expect(notTextOf(zip('data/report.csv'))?.kind).toBe('zip');
    expect(notTextOf(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))?.kind).toBe('xls');
    expect(notTextOf(bytes('%PDF-1.7\n%', [0xe2, 0xe3])))?.toMatchObject({ kind: 'pdf', what: 'a PDF document' });
    expect(notTextOf(bytes([0x1f, 0x8b, 8, 0, 0, 0])))?.toMatchObject({ kind: 'gzip' });
    expect(notTextOf(bytes('SQLite format 3', [0], 'rest')))?.toMatchObject({ kind: 'sqlite' });
  });

  it('takes a zero byte for binary, naming its line, but not UTF-16’s', () => {
    expect(notTextOf(bytes('a,b\nc,d\ne', [0], 'f\n'))).toMatchObject({ kind: 'binary', line: 3 });
    expect(notTextOf(bytes('a,b\r\nc,d\re', [0]))).toMatchObject({ kind: 'binary', line: 3 });
    expect(notTextOf(utf16(csv, 'le', false))).toBeNull();
    expect(notTextOf(utf16(csv, 'be', true))).toBeNull();
  });

  it('passes text', () => {
    expect(notTextOf(bytes(ascii))).toBeNull();
    expect(notTextOf(bytes([0xef, 0xbb, 0xbf], ascii))).toBeNull();
    expect(notTextOf(bytes('Núñez,2024-01-06,8\n'))).toBeNull();
    expect(notTextOf(new Uint8Array(0))).toBeNull();
    // Text that only begins like a signature.
    expect(notTextOf(bytes('PKG,2024-01-01,5\n'))).toBeNull();
    expect(notTextOf(bytes('%PDF,2024-01-01,5\n'))).toBeNull();
  });
});
