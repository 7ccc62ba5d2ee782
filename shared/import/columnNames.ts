/**
 * What a column's header says it holds, read the way people write headers in English and
 * Spanish exports: in any case, with or without accents, and with any separator between words
 * ("Customer ID", "customer_id", "CustomerId", "clientid", "Id. de cliente", "Nº socio").
 */

/** The header's words: accents dropped, camelCase split, lower case, any separator removed. */
export function headerWords(header: string): string[] {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** A header that names nothing: empty, or the "Column N" detectColumns gives an empty header. */
export function isUnnamedHeader(header: string, index: number): boolean {
  const h = header.trim();
  return h === '' || h === `Column ${index + 1}`;
}

/**
 * A header that tools write over the row numbers they add: R's "X" (read.csv) and "...1" (readr),
 * pandas' "Unnamed: 0", "#", "index", "row", "n", "no." and their kin.
 */
export function isRowNumberHeader(header: string): boolean {
  return /^(x|x\.\d+|\.\.\.\d+|unnamed:? ?\d+( level \d+)?|#|n|n\.|no|no\.|nº|n°|nr|nro|num|index|idx|row|rows|row ?(n|no|nr|num|number|id|index)\.?|rownum|rownumber|rowid|rownames|row\.names|fila|filas|n[ºo°]? ?fila|obs)$/.test(header.trim().toLowerCase().replace(/[\s_-]+/g, ' '));
}

// Words for who bought. "card" and "account" are how a loyalty scheme or a bank names its customer.
const CUSTOMER_WORDS = new Set([
  'customer', 'customers', 'cust', 'client', 'clients', 'cliente', 'clientes', 'member', 'members', 'miembro', 'socio', 'socios',
  'card', 'cards', 'tarjeta', 'cardholder', 'account', 'acct', 'cuenta', 'user', 'usuario', 'buyer', 'comprador', 'shopper',
  'consumer', 'consumidor', 'household', 'hogar', 'abonado', 'afiliado', 'loyalty', 'fidelidad', 'patron', 'contact', 'contacto',
]);
// Words for an identifier, said after or before the customer word ("customer no", "id cliente").
const ID_WORDS = new Set(['id', 'ids', 'no', 'nr', 'nro', 'n', 'num', 'number', 'numero', 'code', 'codigo', 'cod', 'key', 'ref', 'nbr', 'identifier', 'identificador']);
// Joining words: "id de cliente", "número del socio", "number of the card".
const JOINING_WORDS = new Set(['de', 'del', 'la', 'el', 'of', 'the']);
// The ids of other things a transactions file holds: a receipt's, an order's, a product's, a store's.
const OTHER_THINGS = new Set([
  'transaction', 'transactions', 'trans', 'txn', 'tx', 'order', 'orders', 'invoice', 'receipt', 'ticket', 'pedido', 'factura',
  'compra', 'operacion', 'movimiento', 'line', 'linea', 'item', 'items', 'product', 'producto', 'sku', 'article', 'articulo',
  'store', 'shop', 'tienda', 'branch', 'sucursal', 'record', 'registro', 'event', 'evento', 'session', 'sesion', 'batch', 'lote',
  'employee', 'empleado', 'cashier', 'cajero', 'campaign', 'campana', 'coupon', 'cupon', 'category', 'categoria', 'payment', 'pago',
  'quantity', 'qty', 'units', 'cantidad', 'unidades',
]);

/**
 * How strongly a header names the customer id: 3 for a customer word with or without an id word
 * ("customer_id", "Cliente", "IdSocio", "card number"); 2 for a bare "id"; 1 for another word
 * about the customer ("customer_name"); 0 for a header that says nothing of it; -1 for the id of
 * something else ("order_id", "ticket") or a date or an amount.
 */
export function customerIdNameScore(header: string): number {
  const words = headerWords(header).filter((w) => !JOINING_WORDS.has(w));
  if (words.length === 0) return 0;
  if (words.some((w) => OTHER_THINGS.has(w)) || dateNameScore(header) > 0 || amountNameScore(header) > 0) return -1;
  const compact = words.join('');
  if (isCustomerCompound(compact)) return 3;
  if (words.length === 1 && (compact === 'id' || compact === 'ids')) return 2;
  if (!words.some((w) => CUSTOMER_WORDS.has(w))) return 0;
  // "loyalty card no", "num tarjeta socio": only customer and id words. "customer_name",
  // "email cliente": about the customer, a key at a pinch.
  return words.every((w) => CUSTOMER_WORDS.has(w) || ID_WORDS.has(w)) ? 3 : 1;
}

/** "customer", "customerid", "clientid", "idcliente", "custno", "numsocio", "cardnumber". */
function isCustomerCompound(compact: string): boolean {
  if (CUSTOMER_WORDS.has(compact)) return true;
  for (const id of ID_WORDS) {
    if (compact.length <= id.length) continue;
    if (compact.endsWith(id) && CUSTOMER_WORDS.has(compact.slice(0, -id.length))) return true;
    if (compact.startsWith(id) && CUSTOMER_WORDS.has(compact.slice(id.length))) return true;
  }
  return false;
}

const DATE_WORDS = new Set(['date', 'dates', 'fecha', 'fechas', 'dia', 'day', 'datetime', 'timestamp', 'time', 'fec', 'when']);
// Dates that are not the purchase's: a birthday, a sign-up, a record's last change.
const OTHER_DATES = /birth|nacimiento|update|modif|signup|registr|alta|baja|created|creacion|expir|caduc/;

/**
 * How strongly a header names the purchase date: 2 for "date", "Fecha", "order_date", "día";
 * 1 for a date of something else ("birth_date", "fecha_alta"); 0 for a header that says nothing of it.
 */
export function dateNameScore(header: string): number {
  const words = headerWords(header);
  const compact = words.join('');
  const dated = words.some((w) => DATE_WORDS.has(w)) || /date$|^date|fecha/.test(compact);
  if (!dated) return 0;
  return OTHER_DATES.test(compact) ? 1 : 2;
}

// What the customer paid for the purchase, in a retailer's words.
const TOTAL_WORDS = new Set([
  'amount', 'importe', 'total', 'sales', 'sale', 'venta', 'ventas', 'revenue', 'spend', 'spent', 'gasto', 'monto', 'value', 'valor',
  'paid', 'pagado', 'subtotal', 'turnover', 'facturacion', 'dollars', 'euros', 'money', 'dinero', 'net', 'neto', 'gross', 'bruto',
]);
// A unit price is the amount only when nothing names the total.
const PRICE_WORDS = new Set(['price', 'prices', 'precio', 'precios', 'pvp', 'cost', 'coste', 'costo']);

/** How strongly a header names the purchase amount: 2 for a total ("Importe", "sales"), 1 for a price, else 0. */
export function amountNameScore(header: string): number {
  const words = headerWords(header);
  if (words.some((w) => TOTAL_WORDS.has(w))) return 2;
  if (words.some((w) => PRICE_WORDS.has(w))) return 1;
  const compact = words.join('');
  return /amount$|importe|total/.test(compact) ? 2 : /price$|precio/.test(compact) ? 1 : 0;
}
