import { join } from 'node:path';
import { utilityProcess, type UtilityProcess } from 'electron';
import type { BridgeResult } from '../../shared/contract/bridge';
import type { EventMessage, ServerMessage } from '../../shared/contract/protocol';
import type { MethodName } from '../../shared/contract/schemas';

/**
 * The main process's link to the backend utility process: forwards requests, matches responses
 * by id, and passes events on. The main process does no work of its own, so the window never
 * waits on a computation.
 */
export class BackendConnection {
  private readonly child: UtilityProcess;
  private readonly pending = new Map<number, (result: BridgeResult) => void>();
  private nextId = 1;

  /** env: the backend's whole environment, LW_HOME included (devOverrides.backendEnvironment). */
  constructor(env: Record<string, string>, onEvent: (message: EventMessage) => void) {
    this.child = utilityProcess.fork(join(__dirname, 'backendProcess.js'), [], {
      serviceName: 'Loyalty Workbench backend',
      env,
      stdio: 'inherit',
    });
    this.child.on('message', (message: ServerMessage) => {
      if (message.kind === 'event') return onEvent(message);
      const resolve = this.pending.get(message.id);
      this.pending.delete(message.id);
      resolve?.(message.ok ? { ok: true, result: message.result } : { ok: false, error: message.error });
    });
    this.child.on('exit', (code) => {
      for (const resolve of this.pending.values()) {
        resolve({ ok: false, error: { code: 'internal', message: `The backend stopped (exit code ${code}).`, hint: 'Restart Loyalty Workbench; every change made before was saved.' } });
      }
      this.pending.clear();
    });
  }

  invoke(method: MethodName, args: unknown): Promise<BridgeResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.postMessage({ kind: 'request', id, method, args });
    });
  }

  stop(): void {
    this.child.kill();
  }
}
