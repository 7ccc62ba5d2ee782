import type { Translation } from '../../translation';
import type { drafts as en } from '../en/drafts';

export const drafts: Translation<typeof en> = {
  undo: 'Deshacer',
  redo: 'Rehacer',
  undoHint: 'Deshacer el último cambio ({{keys}})',
  redoHint: 'Rehacer el cambio deshecho ({{keys}})',
  unsaved: 'Cambios sin guardar',
  notKept: 'Este navegador no ha permitido guardar una copia de estos cambios: guárdelos antes de cerrar la aplicación.',
  leave: {
    title: '¿Salir con cambios sin guardar?',
    intro: 'Sin guardar todavía:',
    save: 'Guardar y salir',
    discard: 'Descartar y salir',
    stay: 'Quedarse',
    keep: 'Salir y conservar el borrador',
    notSaved: 'No se ha podido guardar todo, así que sigue en esta página.',
    kept: 'Un borrador que conserve volverá a estar aquí cuando regrese, en este equipo, hasta que lo guarde o lo descarte.',
  },
  stale: {
    title: 'Se ha guardado otra versión desde que empezó estos cambios',
    text: 'Lo guardado ha cambiado desde que empezó este borrador. Si guarda el borrador, sustituirá a lo guardado, incluido el otro cambio; si lo descarta, verá lo que hay guardado ahora.',
    keep: 'Conservar mi borrador',
    discard: 'Descartar mi borrador',
  },
  labels: {
    plan: 'Plan «{{name}}»',
    newPlan: 'Plan nuevo «{{name}}»',
    scoreWeights: 'Ponderaciones de la puntuación estratégica',
    lifecycleRules: 'Reglas del ciclo de vida',
    segmentNames: 'Nombres de los segmentos',
  },
};
