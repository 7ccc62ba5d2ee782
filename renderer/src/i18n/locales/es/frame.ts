import type { Translation } from '../../translation';
import type { frame as en } from '../en/frame';

export const frame: Translation<typeof en> = {
  ready: 'Listo',
  jobDone: '{{label}}: terminado',
  jobDoneBeforeCancel: '{{label}}: terminó antes de que llegara la cancelación; su resultado se conservó',
  jobCancelled: '{{label}}: cancelado',
  jobFailed: '{{label}}: ha fallado',
  jobFailedWith: '{{label}}: ha fallado: {{error}}',
  cancellingJob: 'Cancelando «{{label}}»',
  jobProgress: 'Progreso de {{label}}',
  cancelTooltip: 'Detener esta tarea; el espacio de trabajo no cambia',
  cancel: 'Cancelar',
  progress: {
    starting: 'empezando…',
    of: '{{done}} de {{total}}',
    units: {
      customers: 'clientes',
      models: 'modelos',
      steps: 'pasos',
      blocks: 'bloques',
      runs: 'ejecuciones',
    },
  },
  timeLeft: {
    fewSeconds: 'quedan unos segundos',
    seconds: 'quedan unos {{s}} s',
    minutes: 'quedan unos {{m}} min',
    hours: 'quedan unas {{h}} h {{m}} min',
  },
  startup: {
    connecting: 'Conectando con el servidor…',
    opening: 'Abriendo su espacio de trabajo…',
    firstStart: 'El primer arranque genera un minorista de ejemplo para explorar; los siguientes abren al momento su último espacio de trabajo.',
  },
  unavailable: {
    unreachableTitle: 'No se puede contactar con el servidor de Loyalty Workbench',
    failedTitle: 'Loyalty Workbench no ha podido arrancar',
    unreachableText: 'Esta página se comunica con un servidor local que hace los cálculos y guarda sus espacios de trabajo. No responde.',
    checkRunningBefore: 'Compruebe que el servidor sigue en marcha (',
    checkRunningAfter: ').',
    openAddress: 'Abra exactamente la dirección que mostró, incluida la parte ?token=…; así reconoce el servidor este navegador.',
    keepsTrying: 'Esta página sigue intentando reconectarse por sí sola.',
    reload: 'Recargar la página',
    tryAgain: 'Reintentar',
  },
  connection: {
    lostTitle: 'Conexión con el servidor perdida: reconectando…',
    lostText:
      'Lo que ve puede estar desactualizado hasta que vuelva la conexión. Su espacio de trabajo se guarda a medida que trabaja. Si el servidor se detuvo, vuelva a arrancarlo y abra la nueva dirección que muestre.',
  },
  theme: {
    toDark: 'Cambiar al tema oscuro',
    toLight: 'Cambiar al tema claro',
  },
  dismiss: 'Descartar',
};
