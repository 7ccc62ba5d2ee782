import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, '.config/eslint.config.js') });

const RULES = ['lw/catch-says-why', 'no-empty'];

/** The rules on caught errors a snippet breaks, linted as if it were the given file of the project. */
async function rulesHit(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message).filter((rule) => RULES.includes(rule)).sort();
}

const attempt = (handler: string) => `export function f(g: () => number, log: (e: unknown) => void): number {\n  try {\n    return g();\n  } ${handler}\n}\n`;

describe('the lint on caught errors (lw/catch-says-why, no-empty) in the backend and shared/', () => {
  it.each([
    ['a catch that drops its error', attempt('catch {\n    return 0;\n  }'), ['lw/catch-says-why']],
    ['a catch whose error is named but not used', attempt('catch (e) {\n    return 0;\n  }'), ['lw/catch-says-why']],
    ['an empty catch', attempt('catch {}\n  return 0;'), ['no-empty', 'lw/catch-says-why']],
    ['a promise handler that drops its error', 'export function h(p: Promise<void>): void {\n  p.catch(() => undefined);\n}\n', ['lw/catch-says-why']],
  ])('refuses %s', async (_, code, rules) => {
    expect(await rulesHit('electron/backend/x.ts', code)).toEqual([...rules].sort());
    expect(await rulesHit('shared/models/x.ts', code)).toEqual([...rules].sort());
  });

  it.each([
    ['a catch that throws', attempt('catch {\n    throw new Error("no");\n  }')],
    ['a catch that uses its error', attempt('catch (e) {\n    log(e);\n    return 0;\n  }')],
    ['a catch that says why dropping is safe', attempt('catch {\n    // The answer, not a failure: no number here means 0.\n    return 0;\n  }')],
    ['a promise handler that reports', 'export function h(p: Promise<void>, log: (e: unknown) => void): void {\n  p.catch((e: unknown) => log(e));\n}\n'],
    ['a promise handler with its reason on the line', 'export function h(p: Promise<void>): void {\n  p.catch(() => undefined); // awaited later, where its failure is taken up\n}\n'],
  ])('allows %s', async (_, code) => {
    expect(await rulesHit('electron/backend/x.ts', code)).toEqual([]);
  });
});
