import type { Translation } from '../../translation';
import type { workspace as en } from '../en/workspace';

export const workspace: Translation<typeof en> = {
  menu: 'Espacio de trabajo',
  new: 'Nuevo…',
  open: 'Abrir…',
  saveAs: 'Guardar como…',
  openSample: 'Abrir el ejemplo',
  recent: 'Recientes',
  noRecent: 'No hay otros espacios de trabajo recientes',
  missing: 'No encontrado',
  titles: { new: 'Nuevo espacio de trabajo', open: 'Abrir espacio de trabajo', saveAs: 'Guardar espacio de trabajo como' },
  intro: {
    new: 'Un espacio de trabajo es un archivo que guarda los datos de clientes, planes y escenarios de un cliente. Elija dónde crearlo.',
    open: 'Escriba la ruta de un archivo de espacio de trabajo o elija uno reciente.',
    saveAs: 'Guarda una copia del espacio de trabajo abierto con otro nombre y sigue trabajando en la copia.',
  },
  submit: { new: 'Crear', open: 'Abrir', saveAs: 'Guardar' },
  file: 'Archivo del espacio de trabajo',
  fileDescription: 'Una ruta completa, o una que empiece por ~ para su carpeta personal. Los archivos de espacio de trabajo terminan en .lwb.',
  replace: 'Sustituir el archivo existente',
  cancel: 'Cancelar',
  nativeNewName: 'Nuevo espacio de trabajo',
  nativeCopyName: '{{name}} copia',
  nativeDefaultName: 'Espacio de trabajo',
  creating: 'Creando el espacio de trabajo',
  opening: 'Abriendo el espacio de trabajo',
  saving: 'Guardando el espacio de trabajo',
  openingSample: 'Abriendo el ejemplo',
};
