import type { Translation } from '../../translation';
import type { help as en } from '../en/help';

export const help: Translation<typeof en> = {
  button: 'Ayuda',
  buttonHint: 'Ayuda: glosario (F1) y recorrido',
  menu: {
    glossary: 'Glosario',
    tour: 'Recorrido por el flujo de trabajo',
  },
  whatIsThis: '¿Qué es esto?',
  whatIsThisTerm: '¿Qué es esto? {{term}} en el glosario',
  glossary: {
    title: 'Glosario',
    intro: 'Los términos que usa la aplicación, definidos en pocas palabras. F1 lo abre desde cualquier página.',
    search: 'Buscar en el glosario',
    searchPlaceholder: 'Buscar, p. ej. caducidad o VAN',
    noMatch: 'Ningún término coincide con «{{query}}».',
    otherLanguage: 'EN',
    otherLanguageName: 'En inglés',
  },
  groups: {
    points: 'Puntos y recompensas',
    accounting: 'Contabilidad (NIIF 15)',
    results: 'Resultados e incertidumbre',
    customers: 'Los clientes y su valor',
    decisions: 'Elegir un plan',
  },
  terms: {
    freeRewardRate: {
      name: 'Tasa de gratuidad',
      keywords: 'free-reward rate, coste efectivo de las recompensas, coste de las recompensas sobre ventas, devolución nominal',
      definition:
        'Lo que cuestan las recompensas a la empresa en proporción a las ventas: coste de las recompensas ÷ ventas. El coste incluye las recompensas canjeadas, las de las tarjetas de sellos y el pasivo a coste aún pendiente al final del horizonte. La cifra principal es sobre las ventas totales; el detalle la da sobre las ventas de los socios. Queda por debajo de la devolución nominal (puntos por unidad gastada × valor del punto) porque no todas las ventas son de socios ni todos los puntos se canjean: un plan nominal del 1 % suele costar entre el 0,72 % y el 0,81 % de las ventas totales.',
    },
    redemptionRate: {
      name: 'Tasa de canje',
      keywords: 'redemption rate, tasa de canje final, URR, canjes, ritmo de canje',
      definition:
        'Los puntos canjeados en proporción a los emitidos en un periodo. Contada por socios, es la proporción de socios que han canjeado. Para un lote de puntos seguido hasta el final, la proporción que llega a canjearse es la tasa de canje final; lo que queda es el breakage.',
    },
    breakage: {
      name: 'Puntos no canjeados (breakage)',
      keywords: 'breakage, caducidad, puntos caducados, vencimiento, expiración',
      definition:
        'La proporción de los puntos emitidos que nunca se canjeará: 1 − la tasa de canje final. Procede de la caducidad (puntos que vencen según la regla del plan) y de la inactividad (puntos en manos de clientes que dejan de comprar). Una caducidad más estricta la eleva y reduce el pasivo. En los programas habituales se sitúa entre el 25 % y el 35 %.',
    },
    liabilityAtCost: {
      name: 'Pasivo por puntos a coste',
      keywords: 'liability at cost, puntos pendientes, provisión',
      definition:
        'Lo que le costaría a la empresa honrar los puntos aún pendientes: puntos pendientes × coste por punto × la proporción que se espera canjear (descontado el breakage). Los puntos se valoran al coste de las recompensas que permiten obtener (la mercancía propia, sin su margen), no a su valor nominal.',
    },
    deferredRevenue: {
      name: 'Ingresos diferidos (NIIF 15) y su reconocimiento',
      keywords: 'IFRS 15, ASC 606, deferred revenue, pasivo contractual, derecho material, obligación de desempeño, liberación',
      definition:
        'Los puntos que dan al cliente un derecho material son una obligación de desempeño separada. En cada venta, una parte del precio se asigna a los puntos en proporción a los precios de venta independientes y se difiere. Se reconoce como ingreso a medida que se canjean los puntos: importe diferido × puntos canjeados hasta la fecha ÷ puntos que se espera canjear en total. La estimación se revisa cada periodo y el ingreso reconocido se ajusta, de modo que el breakage esperado se reconoce al ritmo de los canjes.',
    },
    standaloneSellingPrice: {
      name: 'Precio de venta independiente de un punto',
      keywords: 'stand-alone selling price, SSP, asignación del precio',
      definition:
        'Lo que valdría un punto vendido por separado, con lo que se reparte el precio de cada venta entre los productos y los puntos: valor del punto × probabilidad de que se canjee. Un punto que vale 1, con un 97 % de canje esperado, tiene un precio de venta independiente de 0,97.',
    },
    p10p90: {
      name: 'P10–P90 y la mediana como cifra principal',
      keywords: 'percentil, banda, rango, extracciones, caso base, incertidumbre, median',
      definition:
        'Cada supuesto de comportamiento es un rango, así que una simulación extrae los supuestos muchas veces (40 por defecto). La cifra grande es la mediana de esas extracciones; el P10–P90 que aparece debajo abarca el 80 % central (1 de cada 10 extracciones queda por debajo del P10 y 1 de cada 10 por encima del P90). Al lado figura el caso base, con cada supuesto en su valor más probable, que puede quedar fuera de la banda cuando los rangos son asimétricos.',
    },
    monteCarloError: {
      name: 'Error típico Monte Carlo',
      keywords: 'error MC, Monte Carlo standard error, ruido de simulación, extracciones',
      definition:
        'Cuánto podría moverse la mediana con otra serie de extracciones del mismo tamaño. Disminuye al añadir extracciones (aproximadamente como 1/√extracciones). Mide el ruido de la propia simulación, no la incertidumbre de los supuestos, que es lo que muestra el P10–P90.',
    },
    counterfactual: {
      name: 'Contrafactual',
      keywords: 'counterfactual, escenario base, línea base, sin el plan, números aleatorios comunes',
      definition:
        'Los mismos clientes simulados sin el plan, con los mismos números aleatorios. Toda cifra incremental es el plan menos el contrafactual, segmento a segmento. Depende de los clientes, la semilla, el horizonte y la extracción, nunca del plan: todos los escenarios sobre una misma base de clientes se miden contra una misma línea base, de modo que la diferencia entre dos escenarios es la diferencia entre sus planes.',
    },
    incrementalRevenue: {
      name: 'Ventas incrementales',
      keywords: 'incremental revenue, ingresos incrementales, uplift, margen incremental',
      definition:
        'Las ventas con el plan menos las ventas sin él (el contrafactual), sobre los mismos clientes y durante el horizonte. Proceden de clientes que se quedan más tiempo, compran más a menudo y gastan más. Las compras que los socios habrían hecho de todos modos no suman nada, aunque sus recompensas sí cuestan.',
    },
    payback: {
      name: 'Recuperación (base de caja y base devengada)',
      keywords: 'payback, plazo de recuperación, semana de equilibrio',
      definition:
        'La semana a partir de la cual el margen incremental acumulado se mantiene por encima del coste acumulado. En base de caja, el coste es lo pagado, y las recompensas cuentan al canjearse. En base devengada se suma además el pasivo por puntos a coste a medida que se acumula, así que la recuperación llega más tarde.',
    },
    npv: {
      name: 'VAN, valor actual neto (base de caja y base devengada)',
      keywords: 'NPV, net present value, descontado',
      definition:
        'El margen incremental semanal menos los costes, descontado a la tasa del plan. En base de caja, los costes son los pagados. En base devengada se resta también el aumento del pasivo por puntos a coste, porque los puntos ya ganados son una deuda.',
    },
    clv: {
      name: 'Valor de vida del cliente (CLV)',
      keywords: 'lifetime value, LTV, valor del cliente',
      definition:
        'El margen que se espera que aporte un cliente durante un horizonte, descontado: compras esperadas (BG/NBD) × gasto esperado por compra (Gamma-Gamma) × margen, con descuento mensual.',
    },
    probabilityAlive: {
      name: 'Probabilidad de seguir activo',
      keywords: 'probability alive, p alive, abandono, baja, vivo',
      definition:
        'La probabilidad, según el modelo, de que un cliente no haya abandonado definitivamente, dadas la frecuencia y la fecha de sus últimas compras. Un cliente que compraba a menudo y lleva meses sin comprar tiene menos probabilidad de seguir activo que uno ocasional que lleve el mismo tiempo.',
    },
    bgnbd: {
      name: 'BG/NBD',
      keywords: 'beta geométrica binomial negativa, modelo de compras',
      definition:
        'Modelo de compras: cada cliente compra a su propio ritmo (Gamma entre clientes) y, tras cada compra, puede abandonar con su propia probabilidad (Beta entre clientes).',
    },
    paretoNbd: {
      name: 'Pareto/NBD',
      keywords: 'Pareto binomial negativa, modelo de compras',
      definition:
        'Modelo de compras como el BG/NBD, pero el cliente puede abandonar en cualquier momento, a su propio ritmo (Gamma entre clientes), y no solo justo después de una compra.',
    },
    gammaGamma: {
      name: 'Gamma-Gamma',
      keywords: 'modelo de gasto, ticket medio, valor monetario',
      definition:
        'Modelo de gasto: cada cliente tiene su propio ticket medio (que varía entre clientes) y cada compra varía en torno a él; se supone independiente de la frecuencia con que compra.',
    },
    segment: {
      name: 'Segmento',
      keywords: 'segment, clúster, k-means, RFM, tramo de valor',
      definition:
        'Un grupo de clientes que el plan trata por igual, formado por tramos de valor, por la cuadrícula RFM o por k-means sobre variables de valor. La adhesión y el comportamiento se fijan por segmento, y todas las cifras se dan por segmento.',
    },
    lifecycleStage: {
      name: 'Etapa del ciclo de vida',
      keywords: 'lifecycle stage, captación, desarrollo, retención, prevención del abandono, en riesgo, recuperación, inactivo',
      definition:
        'En qué punto está hoy un cliente: captación (nuevo), desarrollo, retención, prevención del abandono (en riesgo) o recuperación (inactivo). La fijan unas reglas editables que se prueban en orden; cada etapa pide su propio tipo de oferta.',
    },
    strategicScore: {
      name: 'Puntuación de valor estratégico',
      keywords: 'strategic value score, puntuación, ponderaciones, percentil',
      definition:
        'Una puntuación de 0 a 100: el percentil del cliente en la base según su valor futuro (CLV), su valor actual (margen aportado hasta ahora) y sus atributos cualitativos del CRM, ponderados como se indique en la página Valor del cliente.',
    },
    goalGradient: {
      name: 'Gradiente de meta',
      keywords: 'goal gradient, cercanía de la recompensa, tarjeta de sellos',
      definition:
        'Los clientes compran más a menudo a medida que se acerca la próxima recompensa. El ritmo de compra del socio sube hasta un g (en torno al 20–25 %) conforme el saldo se aproxima a la recompensa y baja tras obtenerla, nunca por debajo del ritmo propio del socio (Kivetz, Urminsky y Zheng, 2006).',
    },
    sensitivity: {
      name: 'Sensibilidad (gráfico de tornado)',
      keywords: 'sensitivity, tornado, qué pasaría si, análisis de sensibilidad',
      definition:
        'Cada supuesto se lleva de su valor bajo a su valor alto, uno a uno y con los demás en su valor base. El gráfico de tornado ordena los supuestos según cuánto mueven la cifra elegida, de mayor a menor efecto.',
    },
    goalSeek: {
      name: 'Búsqueda de objetivo',
      keywords: 'goal seek, objetivo, palanca, resolver',
      definition:
        'Encuentra el valor de una palanca (puntos por unidad gastada, valor del punto, umbral de recompensa o multiplicador de una promoción) que alcanza un objetivo de tasa de gratuidad, presupuesto anual, ROI o tope de pasivo, con el resto del plan tal como está. El valor encontrado puede aplicarse al plan o a una copia.',
    },
  },
  tour: {
    skip: 'Saltar',
    back: 'Atrás',
    next: 'Siguiente',
    done: 'Terminar',
    stepCounter: '{{current}} de {{total}}',
    steps: {
      data: {
        title: 'Le damos la bienvenida: empiece por los datos',
        body: 'El trabajo recorre esta lista de arriba abajo. En Datos están los clientes y sus compras: importe aquí los archivos del cliente o explore el minorista de ejemplo que ya está abierto.',
      },
      'customer-value': {
        title: 'Valore a cada cliente',
        body: 'Ajuste los modelos de compra y de gasto, compruébelos con un periodo de validación y pondere la puntuación de valor estratégico.',
      },
      segments: {
        title: 'Agrupe a los clientes',
        body: 'Divida la base en segmentos y en etapas del ciclo de vida. El plan trata cada segmento a su manera y todos los resultados se dan por segmento.',
      },
      plan: {
        title: 'Diseñe el plan de puntos',
        body: 'Puntos por compra, recompensas, caducidad, niveles, promociones y costes. Cada efecto de comportamiento es un rango con su fuente publicada; la tasa de gratuidad y el aumento de ventas necesario para cubrir costes se actualizan mientras escribe.',
      },
      simulation: {
        title: 'Proyéctelo',
        body: 'Simula el plan semana a semana sobre cada cliente, frente a los mismos clientes sin el plan. Cada cifra es la mediana de las extracciones de supuestos, con su P10–P90.',
      },
      scenarios: {
        title: 'Compare y decida',
        body: 'Guarde planes como escenarios y compare hasta cuatro en paralelo; encuentre los supuestos que más mueven una cifra y el valor de la palanca que alcanza un objetivo.',
      },
      reports: {
        title: 'Preséntelo al cliente',
        body: 'Informes de un escenario en PDF, PowerPoint y Excel, en español o en inglés, con el calendario NIIF 15 para el equipo financiero.',
      },
      help: {
        title: 'La ayuda está siempre aquí',
        body: 'Pulse F1 en cualquier página, o use este botón, para abrir el glosario con todos los términos de la aplicación. Desde el mismo botón puede repetir este recorrido.',
      },
    },
  },
};
