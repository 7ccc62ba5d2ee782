import type { Translation } from '../../translation';
import type { reports as en } from '../en/reports';

export const reports: Translation<typeof en> = {
  page: {
    title: 'Informes',
    intro:
      'Lleve las cifras a donde hagan falta: un informe PDF, una presentación de PowerPoint para la reunión, un libro de Excel para finanzas. Cada tabla de abajo se descarga como CSV y cada gráfico como PNG o SVG.',
    noWorkspace: 'Abra un espacio de trabajo en la página Datos para hacer informes de sus escenarios.',
    noScenarios: 'Aún no hay escenarios. Cree uno en la página Escenarios y haga aquí su informe.',
    tables: 'Tablas y gráficos',
    tablesHint: 'Las cifras de los escenarios en paralelo, como en el laboratorio de escenarios.',
    chosen: 'Escenarios en las tablas',
    loading: 'Cargando…',
    noRuns: 'Ninguno de los escenarios elegidos se ha simulado aún: simúlelos en la página Escenarios.',
    errors: { list: 'Listar los escenarios', results: 'Cargar los resultados de los escenarios' },
  },
  export: {
    title: 'Informe',
    subtitle: 'Un archivo de la última simulación del escenario, generado por la propia aplicación (la línea de comandos genera el mismo archivo). Un escenario sin simular se simula antes.',
    scenario: 'Escenario',
    format: 'Formato',
    language: 'Idioma',
    export: 'Exportar',
    progress: 'Generando el informe',
    failedTitle: 'No se pudo generar el informe',
    saved: '{{name}} ({{size}}) guardado en sus descargas.',
    formats: {
      pdf: { label: 'PDF', description: 'Portada, resumen ejecutivo, tabla de KPI, gráficos vectoriales, supuestos con sus fuentes y notas de método.' },
      pptx: { label: 'PowerPoint', description: 'Una presentación para la reunión con el cliente: un gráfico por diapositiva, tablas editables.' },
      xlsx: {
        label: 'Excel',
        description: 'Un libro para finanzas: calendarios semanales y mensuales por segmento, movimiento de puntos y del pasivo, calendario NIIF 15, supuestos.',
      },
    },
    languages: { en: 'English', es: 'Español' },
  },
  chart: {
    menu: 'Descargar gráfico',
    png: 'Imagen PNG',
    svg: 'SVG (vectorial)',
    failed: 'Guardar el gráfico',
    noChart: 'El gráfico aún no está dibujado.',
    notDrawn: 'No se pudo dibujar el gráfico como imagen.',
  },
  csv: {
    kpi: 'KPI',
    unit: 'Unidad',
    median: '{{name}} (mediana)',
    base: '{{name}} (caso base)',
    versus: '{{name}} vs. {{baseline}}',
    baseline: 'referencia',
    best: 'Mejor',
    units: { currency: 'moneda', share: 'cuota (0-1)', ratio: 'ratio (0-1)', customers: 'clientes', weeks: 'semanas' },
  },
};
