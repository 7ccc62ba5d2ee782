import { describe, expect, it } from 'vitest';
import { base64ToBytes, safeFileName } from './download';

describe('base64ToBytes', () => {
  it('decodes the bytes the backend encoded', () => {
    expect([...base64ToBytes('JVBERi0=')]).toEqual([...new TextEncoder().encode('%PDF-')]);
    expect(base64ToBytes('').length).toBe(0);
  });

  it('keeps bytes above 127 as they are', () => {
    expect([...base64ToBytes('/wCA')]).toEqual([255, 0, 128]);
  });
});

describe('safeFileName', () => {
  it('removes characters file systems refuse and keeps the rest', () => {
    expect(safeFileName('Plan A / B: "best"?', 'csv')).toBe('Plan A B best.csv');
    expect(safeFileName('Promoción navideña', 'png')).toBe('Promoción navideña.png');
    expect(safeFileName('  ', 'svg')).toBe('export.svg');
  });
});
