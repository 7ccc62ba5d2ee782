import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT_CHOICES } from './importLabels';
import type { ImportWords } from './importWords';

const DATE_EXAMPLES = { iso: '2024-03-25', dmy: '25/03/2024', mdy: '03/25/2024', compact: '20240325' } as const;

/** The import's words in the interface language, for its pure helpers and its choice lists. */
export function useImportWords(): ImportWords {
  const { t } = useTranslation('import');
  const { t: td } = useTranslation('data');
  return useMemo(() => {
    const dateFormat = (key: keyof typeof DATE_EXAMPLES) => {
      const short = t(`choices.dateFormats.${key}`);
      return { label: `${short} (${DATE_EXAMPLES[key]})`, short };
    };
    const dateKeys = { iso: 'iso', 'dd/mm/yyyy': 'dmy', 'mm/dd/yyyy': 'mdy', yyyymmdd: 'compact' } as const;
    return {
      encodings: [
        { value: 'utf-8', ...t('choices.encodings.utf8', { returnObjects: true }) },
        { value: 'latin1', ...t('choices.encodings.latin1', { returnObjects: true }) },
      ],
      delimiters: [
        { value: ',', ...t('choices.delimiters.comma', { returnObjects: true }) },
        { value: ';', ...t('choices.delimiters.semicolon', { returnObjects: true }) },
        { value: '\t', ...t('choices.delimiters.tab', { returnObjects: true }) },
        { value: '|', ...t('choices.delimiters.bar', { returnObjects: true }) },
        { value: 'whitespace', ...t('choices.delimiters.spaces', { returnObjects: true }) },
      ],
      decimals: [
        { value: '.', ...t('choices.decimals.point', { returnObjects: true }) },
        { value: ',', ...t('choices.decimals.comma', { returnObjects: true }) },
      ],
      thousands: [
        { value: 'none', ...t('choices.thousands.none', { returnObjects: true }) },
        { value: ',', ...t('choices.thousands.comma', { returnObjects: true }) },
        { value: '.', ...t('choices.thousands.point', { returnObjects: true }) },
        { value: ' ', ...t('choices.thousands.space', { returnObjects: true }) },
        { value: "'", ...t('choices.thousands.apostrophe', { returnObjects: true }) },
      ],
      dateFormats: DATE_FORMAT_CHOICES.map((c) => ({ value: c.value, ...dateFormat(dateKeys[c.value]) })),
      units: [
        { value: 'day', label: t('choices.units.day') },
        { value: 'week', label: t('choices.units.week') },
        { value: 'month', label: t('choices.units.month') },
      ],
      unitPlurals: { day: t('unitPlurals.day'), week: t('unitPlurals.week'), month: t('unitPlurals.month') },
      fields: {
        customerId: t('fields.customerId', { returnObjects: true }),
        date: t('fields.date', { returnObjects: true }),
        amount: t('fields.amount', { returnObjects: true }),
        margin: t('fields.margin', { returnObjects: true }),
        quantity: t('fields.quantity', { returnObjects: true }),
        channel: t('fields.channel', { returnObjects: true }),
        store: t('fields.store', { returnObjects: true }),
        category: t('fields.category', { returnObjects: true }),
      },
      kinds: {
        commercial: td('kinds.commercial.label'),
        financial: td('kinds.financial.label'),
        quality: td('kinds.quality.label'),
        marketing: td('kinds.marketing.label'),
        demographic: td('kinds.demographic.label'),
      },
      badRows: {
        stop: { label: t('rules.stop'), about: t('rules.stopAbout') },
        skip: { label: t('rules.skip'), about: t('rules.skipAbout') },
      },
      valueTypes: { number: t('summary.valueTypes.number'), text: t('summary.valueTypes.text') },
      validation: {
        chooseColumn: (field) => t('validation.chooseColumn', { field: t(`fieldsLower.${field}`) }),
        clash: (other) => t('validation.clash', { field: t(`fieldsLower.${other}`) }),
        chooseIdColumn: t('validation.chooseIdColumn'),
        giveName: t('validation.giveName'),
        duplicateName: t('validation.duplicateName'),
      },
      summary: {
        column: (n) => t('summary.column', { n }),
        sheet: (name) => t('summary.sheet', { name }),
        firstSheet: t('summary.firstSheet'),
        separated: (delimiter, encoding) => t('summary.separated', { delimiter, encoding }),
        header: t('summary.header'),
        noHeader: t('summary.noHeader'),
        dates: (format) => t('summary.dates', { format }),
        windowFromTo: (from, to) => t('summary.windowFromTo', { from, to }),
        windowFrom: (from) => t('summary.windowFrom', { from }),
        windowTo: (to) => t('summary.windowTo', { to }),
        allDates: t('summary.allDates'),
        lastPurchase: t('summary.lastPurchase'),
        merged: t('summary.merged'),
        keptApart: t('summary.keptApart'),
        returnsDropped: t('summary.returnsDropped'),
        returnsKept: t('summary.returnsKept'),
        upTo: (end, unit) => t('summary.upTo', { end, unit }),
        andMore: (count) => t('summary.andMore', { count }),
        attributes: (count) => t('summary.attributes', { count }),
        labels: t('summary.labels', { returnObjects: true }),
        transactions: t('summary.transactions'),
        customerAttributes: t('summary.customerAttributes'),
      },
    };
  }, [t, td]);
}
