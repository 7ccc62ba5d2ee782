#!/usr/bin/env node
// `npm start`: the launcher's bundle (electron/launcher/start.ts), built again first when a
// development checkout's sources are newer. It builds the desktop bundles if they are stale and
// opens the desktop app, or browser mode.
import { ensureFresh, runBundle } from './nodeBundles.mjs';

runBundle(ensureFresh('out/launcher/start.js'));
