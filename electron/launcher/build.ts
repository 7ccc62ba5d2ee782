import { resolve } from 'node:path';
import { build } from './buildIfStale';

/** `npm run build`: the desktop bundles, stamped so `npm start` knows they are current. */
try {
  build(resolve(__dirname, '..', '..'));
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
