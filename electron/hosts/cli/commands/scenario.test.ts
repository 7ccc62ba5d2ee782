import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basicPlan } from '../../../../shared/plan/defaultPlans';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import { listPlans } from '../../../backend/simulation/planStore';
import { runCli } from '../lw';

const dir = mkdtempSync(join(tmpdir(), 'lw-scenario-'));

async function lw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false, env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const plans = (ws: string) => {
  const db = openWorkspace(ws);
  const list = listPlans(db).map((p): [string, number] => [p.name, p.version]);
  db.close();
  return list.sort((a, b) => a[0].localeCompare(b[0]));
};

describe('lw scenario create and delete', () => {
  it('reuses a plan file already kept, and never changes the plan another scenario runs', async () => {
    // A workspace needs no transactions to hold scenarios: a CRM file makes one.
    const crm = join(dir, 'crm.csv');
    writeFileSync(crm, 'customer_id,age\nC1,30\nC2,40\n');
    const ws = join(dir, 's.lwb');
    expect((await lw('import', '--workspace', ws, '--attributes', crm)).code).toBe(0);
    const plan = join(dir, 'plan.json');
    writeFileSync(plan, JSON.stringify({ ...basicPlan(), name: 'Basic', horizonWeeks: 52 }));

    expect(await lw('scenario', 'create', '--workspace', ws, '--name', 'One', '--plan', plan)).toMatchObject({ code: 0, stdout: expect.stringMatching(/plan "Basic" \(version 1\), seed 1, 40 draw\(s\), every customer/) });
    expect(await lw('scenario', 'create', '--workspace', ws, '--name', 'Two', '--plan', plan, '--seed', '2', '--customers', '500')).toMatchObject({ code: 0, stdout: expect.stringMatching(/plan "Basic" \(version 1\), seed 2, 40 draw\(s\), a sample of 500 customers/) });
    expect(plans(ws)).toEqual([['Basic', 1]]);

    // Same name, other content: "One" and "Two" run "Basic", so the file becomes a plan of its own.
    writeFileSync(plan, JSON.stringify({ ...basicPlan(), name: 'Basic', horizonWeeks: 104 }));
    const three = await lw('scenario', 'create', '--workspace', ws, '--name', 'Three', '--plan', plan);
    expect(three.stderr).toMatch(/the scenarios "One", "Two" run it, so the file is kept as the plan "Basic \(Three\)"/);
    expect(plans(ws)).toEqual([['Basic', 1], ['Basic (Three)', 1]]);
    // The same file again finds that plan, renamed as it is.
    expect(await lw('scenario', 'create', '--workspace', ws, '--name', 'Four', '--plan', plan)).toMatchObject({ code: 0, stdout: expect.stringMatching(/plan "Basic \(Three\)" \(version 1\)/) });

    // A name taken is refused, and the refusal keeps no plan.
    writeFileSync(plan, JSON.stringify({ ...basicPlan(), name: 'Other' }));
    expect(await lw('scenario', 'create', '--workspace', ws, '--name', 'one', '--plan', plan)).toMatchObject({ code: 1, stderr: expect.stringMatching(/There is already a scenario called "One"/) });
    expect(plans(ws)).toEqual([['Basic', 1], ['Basic (Three)', 1]]);

    expect(await lw('scenario', 'create', '--workspace', ws, '--name', 'Five', '--plan', plan, '--customers', '50')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--customers: Simulate at least 100 customers \(got "50"\)/) });
    expect(await lw('scenario', 'create', '--workspace', ws, '--plan', plan)).toMatchObject({ code: 2, stderr: expect.stringMatching(/scenario create needs --name NAME/) });
    expect(await lw('scenario', 'rename', '--workspace', ws)).toMatchObject({ code: 2, stderr: expect.stringMatching(/scenario rename: there is no such action; use create, run, delete/) });

    expect(await lw('scenario', 'delete', '--workspace', ws, '--name', 'two')).toMatchObject({ code: 0, stdout: expect.stringMatching(/Deleted the scenario "Two"; its plan "Basic"/) });
    expect(await lw('scenario', 'run', '--workspace', ws, '--name', 'Two')).toMatchObject({ code: 1, stderr: expect.stringMatching(/There is no scenario "Two"[\s\S]*One\n\s+Three\n\s+Four/) });
    expect((await lw('scenarios', '--workspace', ws, '--names')).stdout).toBe('One\nThree\nFour');
  });
});
