import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fullPlan } from '../../../../shared/plan/defaultPlans';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import { createScenario } from '../../../backend/scenarios/scenarioStore';
import { savePlan } from '../../../backend/simulation/planStore';
import { runCli } from '../lw';

const dir = mkdtempSync(join(tmpdir(), 'lw-report-cli-'));

async function lw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false, env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('lw scenarios and lw report', () => {
  it('lists the scenarios and writes all three reports, running the scenario first', async () => {
    const ws = join(dir, 'small.lwb');
    expect((await lw('sample', '--out', ws, '--seed', '3', '--customers', '2000')).code).toBe(0);
    expect((await lw('segment', '--workspace', ws, '--method', 'tiers')).code).toBe(0);
    // The sample may come with example scenarios of its own; ours are listed after them.
    const before = await lw('scenarios', '--workspace', ws, '--names');
    expect(before.code).toBe(0);
    const examples = before.stdout === '' ? [] : before.stdout.split('\n');
    // Scenarios are made in the app; here straight in the workspace, one never run.
    const db = openWorkspace(ws);
    const plan = savePlan(db, { ...fullPlan(), horizonWeeks: 52 });
    createScenario(db, { name: 'Full plan, one year', planId: plan.planId, seed: 2, draws: 1 });
    createScenario(db, { name: 'Año base', planId: plan.planId, seed: 3, draws: 1 });
    db.close();

    expect(await lw('scenarios', '--workspace', ws, '--names')).toMatchObject({ code: 0, stdout: [...examples, 'Full plan, one year', 'Año base'].join('\n') });

    const pdf = join(dir, 'r.pdf');
    const first = await lw('report', '--workspace', ws, '--scenario', 'full plan, one year', '--format', 'pdf', '--out', pdf);
    expect(first).toMatchObject({ code: 0, stdout: expect.stringMatching(/PDF report of "Full plan, one year" \(run #1, 1 draw\(s\), en\) written to/) });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    // The run is kept: the next reports use it rather than running again.
    const pptx = join(dir, 'r.pptx');
    expect(await lw('report', '--workspace', ws, '--scenario', 'Full plan, one year', '--format', 'pptx', '--out', pptx, '--locale', 'es')).toMatchObject({ code: 0, stdout: expect.stringMatching(/run #1,.*\bes\)/) });
    const zip = await JSZip.loadAsync(readFileSync(pptx));
    expect(await zip.file('ppt/slides/slide3.xml')!.async('string')).toContain('Cifras clave');

    const xlsx = join(dir, 'r.xlsx');
    expect(await lw('report', '--workspace', ws, '--scenario', 'Full plan, one year', '--out', xlsx)).toMatchObject({ code: 0, stdout: expect.stringMatching(/Excel workbook/) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain('IFRS 15 schedule');
  }, 120_000);

  it('names the scenarios there are when asked for one that is not there, and checks its options', async () => {
    const ws = join(dir, 'small.lwb');
    const missing = await lw('report', '--workspace', ws, '--scenario', 'Nope', '--format', 'pdf', '--out', join(dir, 'x.pdf'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no scenario "Nope"/);
    expect(missing.stderr).toMatch(/Full plan, one year\n\s+Año base/);
    expect(await lw('report', '--workspace', ws, '--scenario', 'Año base', '--format', 'docx', '--out', join(dir, 'x.docx'))).toMatchObject({ code: 2, stderr: expect.stringMatching(/--format must be one of pdf, pptx, xlsx/) });
    expect(await lw('report', '--workspace', ws, '--scenario', 'Año base', '--out', join(dir, 'x.pdf'), '--locale', 'fr')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--locale must be one of en, es/) });
    expect(await lw('scenarios')).toMatchObject({ code: 2, stderr: expect.stringMatching(/needs --workspace/) });
  });
});
