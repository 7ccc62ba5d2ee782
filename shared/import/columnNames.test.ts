import { describe, expect, it } from 'vitest';
import { amountNameScore, customerIdNameScore, dateNameScore, headerWords, isRowNumberHeader, isUnnamedHeader } from './columnNames';

describe('headerWords', () => {
  it('reads a header in any case, accent or separator', () => {
    expect(headerWords('CustomerID')).toEqual(['customer', 'id']);
    expect(headerWords('customer_id')).toEqual(['customer', 'id']);
    expect(headerWords('Id. de Cliente')).toEqual(['id', 'de', 'cliente']);
    expect(headerWords('Número-Socio')).toEqual(['numero', 'socio']);
    expect(headerWords('  DÍA ')).toEqual(['dia']);
  });
});

describe('row-number and unnamed headers', () => {
  it.each(['X', 'x', '...1', 'Unnamed: 0', 'unnamed_0', '#', 'index', 'Index', 'row', 'Row ID', 'row_number', 'n', 'N', 'no.', 'No', 'Nº', 'rownames', 'fila'])(
    '"%s" is a row number\'s header',
    (header) => expect(isRowNumberHeader(header)).toBe(true),
  );

  it.each(['Id', 'customer', 'Nº socio', 'No cliente', 'number', 'Date', 'X1 score', 'rows read'])('"%s" is not', (header) => expect(isRowNumberHeader(header)).toBe(false));

  it('tells an empty header, or the name detection gives one, from a real name', () => {
    expect(isUnnamedHeader('', 0)).toBe(true);
    expect(isUnnamedHeader('  ', 3)).toBe(true);
    expect(isUnnamedHeader('Column 1', 0)).toBe(true);
    expect(isUnnamedHeader('Column 1', 4)).toBe(false);
    expect(isUnnamedHeader('Id', 0)).toBe(false);
  });
});

describe('customerIdNameScore', () => {
  it.each([
    'customer', 'Customer ID', 'customer_id', 'CustomerId', 'CUSTOMERID', 'cust', 'cust_no', 'client', 'ClientId', 'clientid', 'member', 'member_id',
    'MemberNumber', 'card', 'card_number', 'loyalty card no', 'account', 'account_no', 'user', 'userId', 'usuario', 'cliente', 'Cliente', 'id_cliente',
    'IdCliente', 'ID CLIENTE', 'Id. de cliente', 'código cliente', 'cod_cliente', 'num_cliente', 'socio', 'Nº socio', 'número de socio', 'tarjeta',
    'num tarjeta socio', 'cuenta', 'nro_cuenta',
  ])('"%s" names the customer id', (header) => expect(customerIdNameScore(header)).toBe(3));

  it('takes a bare id for a weaker customer id, and other words about the customer weaker still', () => {
    expect(customerIdNameScore('Id')).toBe(2);
    expect(customerIdNameScore('ID')).toBe(2);
    expect(customerIdNameScore('customer_name')).toBe(1);
    expect(customerIdNameScore('email cliente')).toBe(1);
  });

  it.each(['order_id', 'OrderID', 'InvoiceNo', 'transaction_id', 'ticket', 'id_ticket', 'Nº factura', 'store_id', 'id_tienda', 'sku', 'product_id', 'Quantity', 'cantidad', 'Date', 'fecha', 'Price', 'importe', 'customer_value'])(
    '"%s" is not a customer id',
    (header) => expect(customerIdNameScore(header)).toBe(-1),
  );

  it('says nothing of a header about something else', () => {
    expect(customerIdNameScore('Country')).toBe(0);
    expect(customerIdNameScore('Column 1')).toBe(0);
    expect(customerIdNameScore('')).toBe(0);
  });
});

describe('dateNameScore and amountNameScore', () => {
  it('prefers the purchase date to other dates', () => {
    for (const h of ['date', 'Date', 'fecha', 'Fecha compra', 'día', 'InvoiceDate', 'order_date', 'fecha_venta', 'timestamp']) expect(dateNameScore(h), h).toBe(2);
    for (const h of ['birth_date', 'fecha_nacimiento', 'fecha_alta', 'last_update', 'created_date']) expect(dateNameScore(h), h).toBe(1);
    for (const h of ['Price', 'cliente', 'Column 3']) expect(dateNameScore(h), h).toBe(0);
  });

  it('prefers a total to a unit price', () => {
    for (const h of ['amount', 'Importe', 'total', 'Sales', 'venta', 'ventas', 'valor', 'value', 'TotalAmount', 'monto', 'importe_total']) expect(amountNameScore(h), h).toBe(2);
    for (const h of ['Price', 'precio', 'UnitPrice', 'precio_unitario', 'pvp']) expect(amountNameScore(h), h).toBe(1);
    for (const h of ['Id', 'fecha', 'Quantity']) expect(amountNameScore(h), h).toBe(0);
  });
});
