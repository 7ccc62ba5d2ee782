import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter';
import { modelApi } from './modelApi';

if (!parentPort) throw new Error('modelWorker must run in a worker thread.');
expose(modelApi, nodeEndpoint(parentPort));
