import { describe, expect, it } from 'vitest';
import type { TornadoRow } from '../../../../shared/domain/scenarios';
import { orderTornado, tornadoSwing } from './tornado';

const row = (label: string, kpiAtLow: number | null, kpiAtHigh: number | null): TornadoRow => ({ path: label, label, source: 'test', low: 0.1, high: 0.3, kpiAtLow, kpiAtHigh });

describe('tornadoSwing', () => {
  it('is the distance between the two ends', () => {
    expect(tornadoSwing(row('a', 80, 130), 100)).toBe(50);
  });

  it('counts from the base when both ends fall on one side of it', () => {
    expect(tornadoSwing(row('a', 110, 130), 100)).toBe(30);
  });

  it('counts from the base when one end is missing, and is zero with neither', () => {
    expect(tornadoSwing(row('a', null, 130), 100)).toBe(30);
    expect(tornadoSwing(row('a', null, null), 100)).toBe(0);
  });
});

describe('orderTornado', () => {
  const rows = [row('Small', 95, 104), row('Wide', 60, 150), row('Middle', 120, 80), row('None', null, null), row('Also small', 104, 95)];

  it('puts the widest swing first, ties by name', () => {
    expect(orderTornado(rows, 100).rows.map((r) => r.label)).toEqual(['Wide', 'Middle', 'Also small', 'Small']);
  });

  it('leaves out rows with no figure and counts them with the rows past the limit', () => {
    const ordered = orderTornado(rows, 100, 2);
    expect(ordered.rows.map((r) => r.label)).toEqual(['Wide', 'Middle']);
    expect(ordered.hidden).toBe(3);
  });
});
