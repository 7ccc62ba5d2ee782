import { describe, expect, it } from 'vitest';
import { scaledResults, scenarioResultsFixture } from '../../charts/scenarioFixtures';
import { compareRows } from '../scenarios/compareKpis';
import { compareTableCsv, csvField, toCsv } from './csv';

describe('csvField', () => {
  it('quotes fields with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes numbers plainly and leaves missing ones empty', () => {
    expect(csvField(1234567.5)).toBe('1234567.5');
    expect(csvField(-0.0025)).toBe('-0.0025');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('keeps a text that looks like a formula as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-12')).toBe('-12');
  });
});

describe('toCsv', () => {
  it('joins rows with CRLF and ends with one', () => {
    expect(toCsv([['a', 1], ['b', null]])).toBe('a,1\r\nb,\r\n');
  });
});

describe('compareTableCsv', () => {
  const a = scenarioResultsFixture({ scenarioId: 1, name: 'Cheap, simple' }, scaledResults(0.8));
  const b = scenarioResultsFixture({ scenarioId: 2, name: 'Rich' }, scaledResults(1.3));
  const csv = compareTableCsv([a, b], compareRows([a, b]));
  const lines = csv.trimEnd().split('\r\n');

  it('has a header naming each scenario’s columns and the difference to the first', () => {
    expect(lines[0]).toBe('KPI,Unit,"Cheap, simple (median)","Cheap, simple P10","Cheap, simple P90","Cheap, simple (base case)",Rich (median),Rich P10,Rich P90,Rich (base case),"Rich vs Cheap, simple",Best');
  });

  it('writes each KPI’s figures and names the best scenario', () => {
    const cost = lines.find((l) => l.startsWith('Programme cost,'))!.split(',');
    expect(cost[1]).toBe('currency');
    expect(Number(cost[2])).toBeCloseTo(98000 * 0.8);
    // The median first, then P10, P90 and the base case (draw 0, below the median in the fixture).
    expect(Number(cost[5])).toBeCloseTo((98000 - 0.4 * (98000 - 90000)) * 0.8);
    expect(Number(cost[10])).toBeCloseTo(98000 * 0.5);
    expect(lines.find((l) => l.startsWith('Programme cost,'))!.endsWith(',"Cheap, simple"')).toBe(true);
  });
});
