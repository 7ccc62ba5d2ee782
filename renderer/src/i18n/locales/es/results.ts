import type { Translation } from '../../translation';
import type { results as en } from '../en/results';

export const results: Translation<typeof en> = {
  madeAt: 'Hecho el {{when}}',
  current: 'Al día',
  stale: 'Ya no está al día',
  currentWhy: 'Lo que leyó sigue siendo lo que contiene el espacio de trabajo.',
  staleTitle: 'Ya no está al día: {{reasons}}',
  staleText: 'Estas cifras describen el espacio de trabajo tal como estaba cuando se hicieron, por eso se muestran en gris. Vuelva a calcularlo para tener cifras actuales.',
  unrecordedTitle: 'Ya no está al día: no consta que lo esté',
  unrecordedText: 'Se hizo con una versión anterior o desde la línea de comandos, que no registraba lo que leía. Vuelva a calcularlo para tener cifras verificables.',
  rerun: 'Volver a calcular',
  loadFailed: 'Cargando el último resultado',
  because: {
    customers: 'clientes añadidos',
    transactions: 'transacciones modificadas',
    attributes: 'atributos CRM modificados',
    models: 'modelos de valor reajustados',
    segmentation: 'clientes segmentados de nuevo',
    lifecycle: 'reglas del ciclo de vida modificadas',
    plan: 'plan modificado',
    settings: 'semilla, extracciones o muestra del escenario modificadas',
    unrecorded: 'sin registro',
  },
};
