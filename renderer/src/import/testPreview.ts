import type { ImportPreview } from '../../../shared/domain/imports';

/** A Spanish shop's export as the backend previews it: semicolons, decimal comma, day-first dates. */
export function previewFixture(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    path: '/tmp/ventas.csv',
    fileName: 'ventas.csv',
    fileBytes: 1_234_567,
    isSpreadsheet: false,
    read: {
      encoding: 'latin1',
      delimiter: ';',
      hasHeader: true,
      decimalSeparator: ',',
      thousandsSeparator: '.',
      dateFormat: 'dd/mm/yyyy',
    },
    dateFormatAmbiguous: false,
    columns: [
      { index: 0, name: 'Cliente', type: 'text', samples: ['C1', 'C2'] },
      { index: 1, name: 'Fecha', type: 'date', samples: ['25/03/2024'] },
      { index: 2, name: 'Importe', type: 'number', samples: ['1.234,56'] },
      { index: 3, name: 'Tienda', type: 'text', samples: ['Madrid'] },
      { index: 4, name: 'Edad', type: 'number', samples: ['34'] },
      { index: 5, name: 'Notas', type: 'empty', samples: [] },
    ],
    rows: [
      ['C1', '25/03/2024', '1.234,56', 'Madrid', '34', ''],
      ['', '26/03/2024', '12,00', 'Sevilla', '51', ''],
      ['C2', '26/03/2024', '7,50', 'Madrid', '', ''],
      ['C3', '27/03/2024', '3,10', 'Bilbao', '28', ''],
    ],
    suggestion: { customerId: 0, date: 1, amount: 2 },
    warnings: [],
    sheets: [],
    ...overrides,
  };
}
