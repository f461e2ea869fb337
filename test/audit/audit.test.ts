import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AuditReport, formatAuditText, runAudit } from '../../src/audit/index.ts';
import { ROOT, SEED_000 } from '../helpers.ts';

const run = promisify(execFile);

describe('audit against the hand-checked fixtures', () => {
  it('matches every fixture exactly', async () => {
    const report = await runAudit({ inputs: [path.join(ROOT, 'seeds'), path.join(ROOT, 'fixtures/docs')], fixtures: path.join(ROOT, 'fixtures'), minF1: null, update: null });
    expect(formatAuditText(report)).toContain('audit PASS');
    expect(report.differences).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.documents_audited).toHaveLength(8);
    expect(report.documents_without_fixture).toEqual([]);
  });

  it('names the document, line and both values when a date changes, and exits 1', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wikidex-audit-'));
    await mkdir(path.join(dir, 'docs'));
    const text = (await readFile(SEED_000, 'utf8')).replace('1. Qian Yongnian (June 1988', '1. Qian Yongnian (July 1988');
    await writeFile(path.join(dir, 'docs', path.basename(SEED_000)), text);
    await writeFile(path.join(dir, 'docs', 'unknown.txt'), '= Unknown =\n\nNo fixture for this one.\n');
    const bin = path.join(ROOT, 'bin/wikidex.js');
    const failed = await run(process.execPath, [bin, 'audit', path.join(dir, 'docs'), '--fixtures', path.join(ROOT, 'fixtures')]).catch((e: { code: number; stdout: string }) => e);
    expect('code' in failed ? failed.code : 0).toBe(1);
    expect(failed.stdout).toContain('tenures 000_1f1d3acaa8eb629d line 54: start expected 1988-06, got 1988-07');
    expect(failed.stdout).toContain('documents without a fixture (not audited): unknown');
    const json = await run(process.execPath, [bin, 'audit', path.join(dir, 'docs'), '--fixtures', path.join(ROOT, 'fixtures'), '--format', 'json']).catch((e: { stdout: string }) => e);
    const report = AuditReport.parse(JSON.parse(json.stdout));
    expect(report.pass).toBe(false);
    expect(report.tables.tenures!.matched).toBe(9);
    const lenient = await run(process.execPath, [bin, 'audit', path.join(dir, 'docs'), '--fixtures', path.join(ROOT, 'fixtures'), '--min-f1', '0.8']);
    expect(lenient.stdout).toContain('audit PASS');
  });

  it('writes candidates for review, never into the fixtures folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wikidex-update-'));
    await copyFile(SEED_000, path.join(dir, path.basename(SEED_000)));
    const report = await runAudit({ inputs: [path.join(dir, path.basename(SEED_000))], fixtures: path.join(ROOT, 'fixtures'), minF1: null, update: path.join(dir, 'candidates') });
    expect(report.pass).toBe(true);
    const candidate = JSON.parse(await readFile(path.join(dir, 'candidates/000_1f1d3acaa8eb629d.json'), 'utf8'));
    expect(candidate.notes[0]).toMatch(/^CANDIDATE/);
    await expect(runAudit({ inputs: [dir], fixtures: path.join(ROOT, 'fixtures'), minF1: null, update: path.join(ROOT, 'fixtures') })).rejects.toThrow(/will not write/);
  });
});
