import type { ImportPreview } from '../../../shared/domain/imports';
import { UsageError } from './cliErrors';

/** The three columns every transactions import needs, as 0-based indexes. */
export interface RequiredColumns {
  customerId: number;
  date: number;
  amount: number;
}

const FLAGS = { customerId: '--customer-col', date: '--date-col', amount: '--amount-col' } as const;
const WORDS = { customerId: 'customer id', date: 'date', amount: 'amount' } as const;

/** A column as a person finds it in the file: its header and its number from 1. */
function columnLabel(preview: ImportPreview, index: number): string {
  const column = preview.columns[index];
  return column ? `"${column.name}" (${index + 1})` : `column ${index + 1}`;
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
}

/**
 * The customer id, date and amount columns `lw import` uses: those the options gave, else the
 * preview's suggestion. A customer id the preview could only guess among columns that rank
 * alike is refused, naming them, rather than imported wrong (a row number taken for the id
 * makes every row a new customer). The mapping used is said in one line on stderr, so a
 * script's log keeps which columns each import read.
 */
export function requiredColumns(
  preview: ImportPreview,
  given: { customerId: number | undefined; date: number | undefined; amount: number | undefined },
  stderr: (line: string) => void,
): RequiredColumns {
  const alternatives = preview.customerIdAlternatives ?? [];
  if (given.customerId === undefined && preview.suggestion.customerId !== null && alternatives.length > 0) {
    const candidates = [preview.suggestion.customerId, ...alternatives].map((i) => columnLabel(preview, i));
    throw new UsageError(`the customer id could be in column ${listed(candidates)}; give --customer-col with the number or name of the right one.`);
  }
  const pick = (field: keyof RequiredColumns): number => {
    const column = given[field] ?? preview.suggestion[field];
    if (column === null) throw new UsageError(`could not tell which column holds the ${WORDS[field]}; give ${FLAGS[field]}.`);
    return column;
  };
  const columns = { customerId: pick('customerId'), date: pick('date'), amount: pick('amount') };
  const said = (Object.keys(WORDS) as (keyof RequiredColumns)[]).map((field) => `${WORDS[field]} = ${columnLabel(preview, columns[field])}`);
  stderr(`lw: columns: ${said.join(', ')}`);
  return columns;
}
