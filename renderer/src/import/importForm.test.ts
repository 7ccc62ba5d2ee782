import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  buildAttributeRequest,
  buildTransactionRequest,
  checkAttributes,
  checkMapping,
  checkRules,
  columnSamples,
  columnsSignature,
  defaultAttributeName,
  effectiveRead,
  fixRead,
  guessAttributeKind,
  importPathError,
  initialAttributes,
  initialMapping,
  readSettingsError,
  visibleWarnings,
  type MappingDraft,
} from './importForm';
import { previewFixture } from './testPreview';

const preview = previewFixture();

describe('importPathError', () => {
  it('accepts the file types the importer reads', () => {
    expect(importPathError('~/exports/ventas.csv')).toBeNull();
    expect(importPathError('/data/Book1.XLSX')).toBeNull();
  });

  it('gives the shared schema message otherwise', () => {
    expect(importPathError('  ')).toBe('A file path is required.');
    expect(importPathError('/data/report.pdf')).toContain('Import reads .csv');
  });
});

describe('read settings', () => {
  it('lets what the user fixed win over what was detected', () => {
    const fixed = fixRead({}, 'delimiter', ',');
    expect(fixed).toEqual({ delimiter: ',' });
    expect(effectiveRead(preview.read, fixed)).toMatchObject({ delimiter: ',', encoding: 'latin1' });
  });

  it('refuses the same mark for decimals and thousands, on the thousands field', () => {
    const clash = effectiveRead(preview.read, { decimalSeparator: '.', thousandsSeparator: '.' });
    expect(readSettingsError(clash)).toEqual({ field: 'thousandsSeparator', message: 'The decimal mark and the thousands mark must differ.' });
    expect(readSettingsError(preview.read)).toBeNull();
  });

  it('notices when a new preview changed the columns', () => {
    const renamed = previewFixture({ columns: preview.columns.map((c) => ({ ...c, name: `Column ${c.index + 1}` })) });
    expect(columnsSignature(renamed)).not.toBe(columnsSignature(preview));
    expect(columnsSignature(previewFixture())).toBe(columnsSignature(preview));
  });

  it('drops the ambiguous-date warning once the date format is settled', () => {
    const warnings = ['Dates could be day-first or month-first: no day in the first rows is above 12. Check the date format.', '2 of the first 20 lines have a different number of fields.'];
    expect(visibleWarnings(previewFixture({ warnings, dateFormatAmbiguous: true }))).toHaveLength(2);
    expect(visibleWarnings(previewFixture({ warnings, dateFormatAmbiguous: false }))).toEqual([warnings[1]]);
  });

  it('shows the first non-empty values of a column', () => {
    expect(columnSamples(preview, 0)).toEqual(['C1', 'C2', 'C3']);
    expect(columnSamples(preview, 4, 2)).toEqual(['34', '51']);
    expect(columnSamples(preview, 5)).toEqual([]);
  });
});

describe('transaction mapping', () => {
  it('starts from the suggestion and finds optional fields by header', () => {
    expect(initialMapping(preview)).toEqual({
      customerId: 0,
      date: 1,
      amount: 2,
      margin: null,
      quantity: null,
      channel: null,
      store: 3,
      category: null,
    });
  });

  it('does not guess optional fields from made-up names when there is no header', () => {
    const headless = previewFixture({ read: { ...preview.read, hasHeader: false } });
    expect(initialMapping(headless).store).toBeNull();
  });

  it('accepts a complete mapping', () => {
    const check = checkMapping(initialMapping(preview));
    expect(check.mapping).toEqual({ customerId: 0, date: 1, amount: 2, store: 3 });
    expect(check.fieldErrors).toEqual({});
  });

  it('asks for each missing required field', () => {
    const check = checkMapping({ ...initialMapping(preview), amount: null });
    expect(check.mapping).toBeNull();
    expect(check.fieldErrors.amount).toBe('Choose the column that holds the amount.');
    expect(check.hasClash).toBe(false);
  });

  it('flags a column chosen for two fields, on both', () => {
    const draft: MappingDraft = { ...initialMapping(preview), store: 0 };
    const check = checkMapping(draft);
    expect(check.mapping).toBeNull();
    expect(check.hasClash).toBe(true);
    expect(check.fieldErrors.store).toContain('also chosen for customer id');
    expect(check.fieldErrors.customerId).toContain('also chosen for store');
  });
});

describe('attribute columns', () => {
  const draft = initialAttributes(preview);

  it('starts with the suggested id column and every non-empty column, typed as detected', () => {
    expect(draft.customerId).toBe(0);
    const byHeader = Object.fromEntries(draft.columns.map((c) => [c.header, c]));
    expect(byHeader.Importe).toMatchObject({ include: true, valueType: 'number', kind: 'commercial', name: 'Importe' });
    expect(byHeader.Edad).toMatchObject({ include: true, valueType: 'number', kind: 'demographic' });
    expect(byHeader.Notas).toMatchObject({ include: false, valueType: 'text' });
  });

  it('checks included columns, leaving out the id column', () => {
    const check = checkAttributes(draft);
    expect(check.message).toBeNull();
    expect(check.attributes?.map((a) => a.column)).toEqual([1, 2, 3, 4]);
  });

  it('names the line with a bad or repeated name', () => {
    const columns = draft.columns.map((c) => (c.column === 3 ? { ...c, name: 'Edad' } : c.column === 2 ? { ...c, name: ' ' } : c));
    const check = checkAttributes({ ...draft, columns });
    expect(check.attributes).toBeNull();
    expect(check.lineErrors[2]).toBe('Give the attribute a name.');
    expect(check.lineErrors[4]).toBe('Another column already has this name.');
  });

  it('needs an id column and at least one attribute', () => {
    expect(checkAttributes({ ...draft, customerId: null }).message).toBe('Choose the column that holds the customer id.');
    const none = checkAttributes({ ...draft, columns: draft.columns.map((c) => ({ ...c, include: false })) });
    expect(none.message).toBe('Tag at least one column as an attribute.');
  });

  it('makes a header into a name the schema accepts', () => {
    expect(defaultAttributeName('Email (opt-in)?')).toBe('Email opt-in');
    expect(defaultAttributeName('  Gasto   medio € ')).toBe('Gasto medio');
    expect(defaultAttributeName('%_.-')).toBe('%_.-');
  });

  it('guesses kinds from common header words', () => {
    expect(guessAttributeKind('customer_age')).toBe('demographic');
    expect(guessAttributeKind('NPS')).toBe('quality');
    expect(guessAttributeKind('email_opt_in')).toBe('marketing');
    expect(guessAttributeKind('credit limit')).toBe('financial');
    expect(guessAttributeKind('visits per month')).toBe('commercial');
  });
});

describe('rules', () => {
  it('accepts the defaults: no window, last purchase, weeks', () => {
    expect(checkRules(DEFAULT_RULES)).toEqual({
      rules: { mergeSameDay: false, negativeAmounts: 'drop' },
      summary: { unit: 'week' },
      fieldErrors: {},
    });
  });

  it('puts a window that ends before it starts on the end date', () => {
    const check = checkRules({ ...DEFAULT_RULES, dateFrom: '2024-05-01', dateTo: '2024-01-01' });
    expect(check.rules).toBeNull();
    expect(check.fieldErrors.dateTo).toBe('The window starts after it ends.');
  });

  it('asks for ISO dates', () => {
    const check = checkRules({ ...DEFAULT_RULES, dateFrom: '01/05/2024', calibrationEnd: 'soon' });
    expect(check.fieldErrors.dateFrom).toBe('Write the date as YYYY-MM-DD.');
    expect(check.fieldErrors.calibrationEnd).toBe('Write the date as YYYY-MM-DD.');
  });
});

describe('building the import request', () => {
  it('assembles a transaction import the shared schema accepts', () => {
    const built = buildTransactionRequest('~/ventas.csv', preview.read, initialMapping(preview), {
      ...DEFAULT_RULES,
      mergeSameDay: true,
      dateFrom: '2024-01-01',
      onBadRows: 'skip',
      calibrationEnd: '2024-06-30',
      unit: 'month',
    });
    expect(built).toEqual({
      ok: true,
      request: {
        path: '~/ventas.csv',
        read: preview.read,
        mapping: { customerId: 0, date: 1, amount: 2, store: 3 },
        rules: { mergeSameDay: true, negativeAmounts: 'drop', dateFrom: '2024-01-01' },
        onBadRows: 'skip',
        summary: { calibrationEnd: '2024-06-30', unit: 'month' },
      },
    });
  });

  it('refuses an incomplete mapping', () => {
    const built = buildTransactionRequest('~/ventas.csv', preview.read, { ...initialMapping(preview), date: null }, DEFAULT_RULES);
    expect(built.ok).toBe(false);
  });

  it('assembles an attribute import', () => {
    const built = buildAttributeRequest('~/crm.csv', preview.read, initialAttributes(preview), 'stop');
    expect(built.ok).toBe(true);
    if (built.ok) {
      expect(built.request.customerId).toBe(0);
      expect(built.request.attributes).toHaveLength(4);
      expect(built.request.onBadRows).toBe('stop');
    }
  });
});

describe('the limits of belief in the Rules step', () => {
  it('leaves them out of the request at their defaults, carries the user’s widening, and names a bad one', () => {
    expect(checkRules(DEFAULT_RULES).plausibility).toBeUndefined();
    const widened = checkRules({ ...DEFAULT_RULES, latestDate: '2100-01-01', maxAmount: '5,000,000,000' });
    expect(widened.plausibility).toEqual({ latestDate: '2100-01-01', maxAmount: 5e9 });
    const bad = checkRules({ ...DEFAULT_RULES, earliestDate: '2030-01-01', latestDate: '2020-01-01', maxAmount: 'lots' });
    expect(bad.plausibility).toBeNull();
    expect(bad.fieldErrors.maxAmount).toBeTruthy();
  });
});
