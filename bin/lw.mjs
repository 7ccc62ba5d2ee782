#!/usr/bin/env node
// `lw`, the command line: the bundle electron/launcher/nodeBundles.ts makes of
// electron/hosts/cli/main.ts, built again first when a development checkout's sources are newer.
import { ensureFresh, runBundle } from './nodeBundles.mjs';

runBundle(ensureFresh('out/cli/lw.js'));
