import type { Translation } from '../../translation';
import type { app as en } from '../en/app';

export const app: Translation<typeof en> = {
  productName: 'Loyalty Workbench',
  noWorkspace: 'Ningún espacio de trabajo abierto',
  sample: 'Ejemplo',
  customers_one: '{{count, number}} cliente',
  customers_other: '{{count, number}} clientes',
  workflow: 'Flujo de trabajo',
  soon: 'Pronto',
  version: 'Versión {{version}}',
  browserMode: 'modo navegador',
  language: 'Idioma',
  nav: {
    data: 'Datos',
    'customer-value': 'Valor del cliente',
    segments: 'Segmentos',
    plan: 'Plan',
    simulation: 'Simulación',
    scenarios: 'Escenarios',
    reports: 'Informes',
  },
};
