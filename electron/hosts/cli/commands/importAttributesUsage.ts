import { ATTRIBUTE_KINDS } from '../../../../shared/domain/attributes';

/** `lw import --attributes`'s options, in a file of their own so that import.ts can print them without loading the command. */
export const ATTRIBUTE_IMPORT_USAGE = `lw import --workspace FILE.lwb --attributes FILE [--customer-col N|NAME] [options]

  Customer attributes (CRM data): one row a customer, one column an attribute. Every column but
  the customer id becomes an attribute named after its header; a column whose values read as
  numbers stays numeric, any other column (text, dates, codes) is categorical. A customer not yet
  in the workspace is added (a prospect without purchases); a value already held is replaced.

  --workspace FILE.lwb       the workspace (created when it does not exist)
  --attributes FILE          the file to import (.csv .tsv .txt .dat .xlsx)
  --customer-col N|NAME      the customer id column (number from 1, or header name); default:
                             the column whose header names a customer id, said in the output
  --kind COL=KIND            the attribute kind of a column: ${ATTRIBUTE_KINDS.join(', ')};
                             repeatable (default: guessed from the header, as the wizard does: age,
                             region → demographic; NPS, complaints → quality; email, opt-in →
                             marketing; credit, payment → financial; otherwise commercial)
  --text COL                 read a number-like column as categorical (postcodes, codes); repeatable
  --skip-col COL             leave a column out; repeatable
  --delimiter D              auto (default), ",", ";", tab, "|" or whitespace
  --no-header                the first line is data (attributes are then named "Column N")
  --encoding E               auto (default), utf-8 or latin1
  --decimal-comma            numbers use a decimal comma (default: detected)
  --skip-bad-rows            skip bad rows and report them (default: stop, import nothing)
  --json                     print {"customerColumn", "attributes": [{column, name, kind, valueType}], "report"}

  COL is a column's number (from 1) or its header name.`;
