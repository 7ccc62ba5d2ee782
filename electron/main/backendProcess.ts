/**
 * Entry of the backend in the desktop app: Electron runs it as a utility process (plain Node
 * with a message port to the main process). It does not import 'electron'; the parent port is
 * reached through process.parentPort, which Electron adds to the process object.
 */
import { BackendError } from '../../shared/contract/errors';
import { parseRequest, type ServerMessage } from '../../shared/contract/protocol';
import { defaultAppHome } from '../backend/appHome';
import { APP_VERSION } from '../backend/appVersion';
import { createBackend } from '../backend/backend';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: ServerMessage): void;
}

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('backendProcess must be started by Electron as a utility process.');

const backend = createBackend({ host: 'desktop', version: APP_VERSION, homeDir: defaultAppHome(), warmUpWorkers: true });
backend.onEvent((message) => parentPort.postMessage(message));

parentPort.on('message', ({ data }) => {
  const request = parseRequest(data);
  if (!request) return;
  backend.invoke(request.method, request.args).then(
    (result) => parentPort.postMessage({ kind: 'response', id: request.id, ok: true, result }),
    (error: unknown) =>
      parentPort.postMessage({
        kind: 'response',
        id: request.id,
        ok: false,
        error: error instanceof BackendError ? error.toShape() : { code: 'internal', message: String(error), hint: null },
      }),
  );
});

process.on('SIGTERM', () => void backend.close().then(() => process.exit(0)));
