import type { Translation } from '../../translation';
import type { presentation as en } from '../en/presentation';

export const presentation: Translation<typeof en> = {
  previous: 'Anterior',
  next: 'Siguiente',
  close: 'Salir de la presentación (Esc)',
  keys: '← → para avanzar · Esc para salir',
  of: '{{index}} / {{count}}',
  kpi: 'Cifra',
  aria: '{{name}}: presentación',
  compareAria: 'Coste del programa acumulado, una línea por escenario',
  slides: {
    titleLine: '{{plan}} · {{weeks}} semanas · {{customers}} clientes, frente a los mismos clientes sin el plan',
    retention: 'A quién retiene el plan',
    retentionLine: 'Con el plan, {{kept}} clientes más siguen comprando al cabo de {{weeks}} semanas que sin él.',
    cost: 'Cuánto cuesta',
    costLine: 'El programa cuesta {{cost}} en el horizonte, pasivo incluido: el {{rate}} de las ventas vuelve en recompensas.',
    liability: 'Cuánto debe',
    liabilityLine: 'Al final, honrar los puntos pendientes costaría {{atCost}}; los ingresos diferidos en balance son {{deferred}} (NIIF 15).',
    points: 'Adónde van los puntos',
    pointsLine: 'Puntos emitidos por origen, canjeados y caducados: se espera que el {{breakage}} nunca se canjee.',
    comparison: 'Los escenarios en paralelo',
    comparisonLine: '{{count}} escenarios, cada uno comparado con {{baseline}}; la estrella marca el mejor en cada cifra. A la derecha: el coste del programa según se acumula.',
  },
};
