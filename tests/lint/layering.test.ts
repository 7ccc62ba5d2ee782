import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, '.config/eslint.config.js') });

/** Lints a snippet as if it were the given file of the project, and returns the rule ids hit. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const hits = (messages: string[], rule: string) => messages.filter((m) => m.startsWith(rule));

describe('the layering lint', () => {
  it.each([
    ['shared/model/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n"],
    ['shared/model/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/model/x.ts', "import { useState } from 'react';\nexport const s = useState;\n"],
    ['shared/model/x.ts', "import { openSqlite } from '../../electron/backend/db/sqlite';\nexport const o = openSqlite;\n"],
    ['renderer/src/pages/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n"],
    ['renderer/src/pages/x.ts', "import { join } from 'path';\nexport const j = join;\n"],
    ['renderer/src/pages/x.ts', "import { openSqlite } from '../../../electron/backend/db/sqlite';\nexport const o = openSqlite;\n"],
    ['electron/backend/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/hosts/cli/x.ts', "import { dialog } from 'electron';\nexport const d = dialog;\n"],
  ])('refuses a forbidden import in %s', async (file, code) => {
    expect(hits(await violations(file, code), 'no-restricted-imports')).toHaveLength(1);
  });

  it('refuses DOM and Node globals in shared/', async () => {
    const messages = await violations('shared/model/x.ts', 'export const w = window.innerWidth + process.pid;\n');
    expect(hits(messages, 'no-restricted-globals')).toHaveLength(2);
  });

  it('allows what each layer may use', async () => {
    expect(await violations('shared/model/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toEqual([]);
    expect(await violations('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
    expect(
      await violations('electron/backend/x.ts', "import { join } from 'node:path';\nimport { createRng } from '../../shared/random/rng';\nexport const f = [join, createRng];\n"),
    ).toEqual([]);
    expect(
      await violations('renderer/src/x.ts', "import { createRng } from '../../shared/random/rng';\nexport const f = createRng;\n"),
    ).toEqual([]);
  });
});
