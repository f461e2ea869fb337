import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { MissingDatasetsError, buildReportHtml, writeReport } from '../../src/report/index.ts';
import { ROOT } from '../helpers.ts';
import { DOC_000, DOC_001, FIXTURES, extractedHostile, extractedSeeds } from './fixtures.ts';

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));
const count = (html: string, needle: string | RegExp): number => (typeof needle === 'string' ? html.split(needle).length - 1 : (html.match(needle) ?? []).length);

describe('report of the seeds', () => {
  let seeds: { dir: string; out: string };
  let html: string;
  beforeAll(async () => {
    seeds = await extractedSeeds();
    ({ html } = await buildReportHtml({ out: seeds.out, fixtures: FIXTURES, cwd: seeds.dir }));
  });

  it('is one self-contained page: no script, no external resource, a strict CSP', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|src=|url\((?!#)|https?:\/\//i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'"`);
    expect(html).not.toContain('\u0000');
  });

  it('has a skip link, landmarks and one h1', () => {
    expect(html).toContain('<a class="skip" href="#main">Skip to content</a>');
    expect(html).toContain('<main id="main" tabindex="-1">');
    expect(html).toContain('<nav class="toc" aria-label="Contents">');
    expect(count(html, '<h1')).toBe(1);
  });

  it('numbers every source line with an id and links each fact to its line', () => {
    for (let n = 1; n <= 72; n++) expect(html).toContain(`id="doc-${DOC_000}-L${n}"`);
    expect(html).not.toContain(`id="doc-${DOC_000}-L73"`);
    expect(html).toContain(`<li class="fact f-tenure"><a href="#doc-${DOC_000}-L54"><span class="lnum">L54</span> <span class="body"><span class="what">Qian Yongnian — June 1988 – December 1989</span>`);
    expect(html).toContain(`<li class="fact f-date"><a href="#doc-${DOC_000}-L25"><span class="lnum">L25</span> <span class="body"><span class="what">6 March 1958</span> <span class="detail">1958-03-06 · day</span>`);
    expect(html).toContain(`<li class="fact f-heading"><a href="#doc-${DOC_001}-L31"><span class="lnum">L31</span> <span class="body"><span class="what">== Leaders</span>`);
  });

  it('highlights the facts in the source text', () => {
    const line72 = new RegExp(`id="doc-${DOC_000}-L72">.*?</div>`).exec(html)![0];
    expect(line72).toContain('<mark class="hl-person hl-mention" title="tenure: Wang Yi; mention of Wang Yi">Wang Yi</mark>');
    expect(line72).toContain('<mark class="hl-tenure-date" title="tenure start 2023-01">January 2023</mark>');
    expect(line72).toContain('<mark class="hl-tenure-date" title="open end (incumbent)">Incumbent</mark>');
    const line41 = new RegExp(`id="doc-${DOC_001}-L41">.*?</div>`).exec(html)![0];
    expect(count(line41, 'class="hl-tenure-date"')).toBe(4); // two spans on one line
    expect(html).toContain('<mark class="hl-date" title="date 1958-03-06 (day)">6 March 1958</mark>');
    expect(html).toContain(`<div class="l has-position" id="doc-${DOC_001}-L33"><a class="n" href="#doc-${DOC_001}-L33" aria-label="Line 33">33</a><span class="t">; <mark class="hl-position" title="position of the leader list below">Director</mark></span></div>`);
    expect(html).toContain('<mark class="hl-key" title="infobox key &quot;Chief1 Name&quot;">Chief1 Name</mark>: <mark class="hl-value hl-official hl-mention"');
  });

  it('indexes documents, persons and organizations with counts, and the run’s problems', () => {
    expect(html).toContain('<dt>Documents</dt><dd>2</dd>');
    expect(html).toContain('<dt>Tenures</dt><dd>17</dd>');
    expect(html).toContain('<a href="#person-liu-huaqiu">Liu Huaqiu</a> <code class="small muted">person/liu-huaqiu</code></td><td class="num">3</td><td class="num">3</td><td class="num">2</td>');
    expect(html).toContain('None: <code>errors.json</code> is empty.');
    expect(html).toContain('Latest date in the data: <strong>2023</strong>');
  });

  it('audits each document against its fixture', () => {
    expect(count(html, '<span class="badge pass">matches its fixture</span>')).toBe(2);
    expect(html).toContain('<span class="badge pass">all match</span>');
  });

  it('draws a timeline per position and per person', () => {
    expect(count(html, /<svg class="timeline" role="img"/g)).toBe(6 + 12);
    const liu = new RegExp('id="person-liu-huaqiu".*?</section>').exec(html)![0];
    const starts = [...liu.matchAll(/<g class="bar" data-tenure="([^"]+)" data-lo="(\d+)"/g)].map((m) => [m[1], Number(m[2])] as const);
    expect(starts.map(([k]) => k)).toEqual([`${DOC_000}:57:1`, `${DOC_000}:61:1`, `${DOC_000}:65:1`]);
    expect(starts.map(([, lo]) => lo)).toEqual([...starts.map(([, lo]) => lo)].sort((a, b) => a - b));
    const wang = new RegExp('id="person-wang-yi".*?</section>').exec(html)![0];
    expect(wang).toContain(`<g class="bar open" data-tenure="${DOC_000}:72:1"`);
  });

  it('is byte-for-byte the same on a second run', async () => {
    const first = await writeReport({ out: seeds.out, fixtures: FIXTURES, cwd: seeds.dir });
    const bytes = await readFile(first.file);
    await writeReport({ out: seeds.out, fixtures: FIXTURES, cwd: seeds.dir });
    expect((await readFile(first.file)).equals(bytes)).toBe(true);
    expect(bytes.toString('utf8')).toBe(html);
    expect(first.file).toBe(path.join(seeds.out, 'report', 'index.html'));
  });
});

describe('hostile documents', () => {
  it('escapes every piece of markup from the document', async () => {
    const hostile = await extractedHostile();
    const { html } = await buildReportHtml({ out: hostile.out, fixtures: null, cwd: hostile.dir });
    expect(html).not.toMatch(/<script|<img|<b>|<i>|<\/title><script|\]\]><\/title>/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; Co');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Mallory ]]&gt;&lt;/title&gt;&lt;script&gt;y&lt;/script&gt;');
    expect(count(html, '</svg>')).toBe(count(html, '<svg'));
  });
});

describe('degrading gracefully', () => {
  it('shows entities, mentions and conflicts when the reconcile stage wrote them', async () => {
    const { dir, out } = await extractedSeeds();
    const tenures = (await readJson(path.join(out, 'tenures.json'))) as Record<string, unknown>[];
    const withIds = tenures.map((t) => ({ ...t, person_id: `person/${String(t.person).toLowerCase().replace(/ /g, '-')}`, organization_id: null }));
    await writeFile(path.join(out, 'tenures.json'), JSON.stringify(withIds));
    await writeFile(path.join(out, 'entities.json'), JSON.stringify([
      { id: 'person/liu-huaqiu', type: 'person', name: 'Liu Huaqiu', aliases: [], native_names: ['刘华秋'], documents: 2, homonym: false, candidates: [] },
      { id: 'person/wang-yi', type: 'person', name: 'Wang Yi', aliases: [], native_names: [], documents: 1, homonym: true, candidates: [] },
      { id: 'organization/office-of-the-national-security-commission', type: 'organization', name: 'Office of the National Security Commission', aliases: ['Office of the Central National Security Leading Group'], native_names: [], documents: 1, homonym: false, candidates: [] },
    ]));
    await writeFile(path.join(out, 'mentions.json'), JSON.stringify([
      { entity_id: 'person/liu-huaqiu', doc_id: DOC_001, line: 19, column: 416, text: 'Liu Huaqiu', source: 'prose' },
      { entity_id: 'person/wang-yi', doc_id: DOC_000, line: 36, column: 863, text: 'Wang Yi', source: 'prose' },
    ]));
    await writeFile(path.join(out, 'conflicts.json'), JSON.stringify([
      { kind: 'overlap', entity_id: 'person/liu-huaqiu', other_entity_id: 'person/wang-yi', position: 'Director', doc_id: DOC_000, line: 57, other_doc_id: DOC_001, other_line: 19, message: 'a made-up conflict <for the test>' },
    ]));
    const { html, notes } = await buildReportHtml({ out, fixtures: null, cwd: dir });
    // These records are checked against src/schema/reconcile-records.ts: a failure here means the
    // made-up records above no longer match the reconcile contract.
    expect(notes, 'synthetic reconcile records rejected by the reconcile schemas: update this test').toBe(0);
    expect(html).toContain('<h2 id="conflicts-h">Conflicts</h2>');
    expect(html).toContain('a made-up conflict &lt;for the test&gt;');
    expect(html).toContain(`<g class="bar conflict" data-tenure="${DOC_000}:57:1"`);
    expect(html).toContain('<mark class="hl-mention" title="mention of Liu Huaqiu">Liu Huaqiu</mark>');
    expect(html).toContain('<dt>Mentions</dt><dd>2</dd>');
    expect(html).toContain('id="person-liu-huaqiu"');
    expect(html).toContain('native name 刘华秋');
    expect(html).toContain('homonym');
    expect(html).toContain('Office of the National Security Commission<br><span class="small muted">also: Office of the Central National Security Leading Group</span>');
    expect(html).toContain(`other source: ${DOC_001}:19`);
  });

  it('leaves out reconcile sections when their files are absent, and notes broken ones', async () => {
    const { dir, out } = await extractedSeeds();
    for (const table of ['entities', 'mentions', 'conflicts']) await rm(path.join(out, `${table}.json`));
    const plain = (await buildReportHtml({ out, fixtures: null, cwd: dir })).html;
    expect(plain).not.toContain('id="conflicts"');
    expect(plain).not.toContain('Entity mentions');
    expect(plain).toContain('No reconciliation output');
    await writeFile(path.join(out, 'entities.json'), '{"not":"an array"}');
    await writeFile(path.join(out, 'mentions.json'), '[{"entity_id":1}]');
    await writeFile(path.join(out, 'conflicts.json'), '[oops');
    const { html, notes } = await buildReportHtml({ out, fixtures: null, cwd: dir });
    expect(notes).toBe(3);
    expect(html).toContain('<code>entities.json</code> is not a JSON array; left out of the report');
    expect(html).toContain('<code>mentions.json</code> 1 of 1 records failed the schema and were left out');
    expect(html).toContain('<code>conflicts.json</code> not valid JSON');
    expect(html).not.toContain('id="conflicts"');
  });

  it('says when a source is missing or changed, and keeps the facts', async () => {
    const { dir, out } = await extractedSeeds();
    await rm(path.join(dir, 'in', `${DOC_000}.txt`));
    await writeFile(path.join(dir, 'in', `${DOC_001}.txt`), '= changed =\n');
    const { html } = await buildReportHtml({ out, fixtures: null, cwd: dir });
    expect(html).toContain(`source file in/${DOC_000}.txt not found: the facts are listed without their text.`);
    expect(html).toContain('The source file has changed since extraction');
    expect(html).toContain('<li class="fact f-tenure"><span><span class="lnum">L54</span>');
  });

  it('audits documents whose id is a path, and says when there are no fixtures', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wikidex-report-nested-'));
    await mkdir(path.join(dir, 'in', 'nested'), { recursive: true });
    await cp(path.join(ROOT, 'seeds', `${DOC_001}.txt`), path.join(dir, 'in', 'nested', `${DOC_001}.txt`));
    await mkdir(path.join(dir, 'fx'));
    const fixture = (await readJson(path.join(FIXTURES, `${DOC_001}.json`))) as Record<string, unknown>;
    await writeFile(path.join(dir, 'fx', 'nested.json'), JSON.stringify({ ...fixture, doc_id: `nested/${DOC_001}` }));
    await runPipeline({ inputs: ['in'], out: 'out', cwd: dir });
    const audited = await buildReportHtml({ out: 'out', fixtures: 'fx', cwd: dir });
    expect(audited.audited).toBe(1);
    expect(audited.html).toContain('<span class="badge pass">matches its fixture</span>');
    expect(audited.html).not.toContain(tmpdir());
    await mkdir(path.join(dir, 'fx2'));
    await writeFile(path.join(dir, 'fx2', 'nested.json'), JSON.stringify({ ...fixture, doc_id: `nested/${DOC_001}`, title: 'Another <title>' }));
    const differing = await buildReportHtml({ out: 'out', fixtures: 'fx2', cwd: dir });
    expect(differing.html).toContain('<span class="badge fail">1 difference</span>');
    expect(differing.html).toContain(`<li><a href="#doc-nested-${DOC_001}-L1"><span class="lnum">L1</span></a> <strong>title</strong> changed: title expected &quot;Another &lt;title&gt;&quot;, got &quot;Office of the National Security Commission&quot;</li>`);
    const none = await buildReportHtml({ out: 'out', fixtures: 'no-such-folder', cwd: dir });
    expect(none.html).toContain('No fixtures folder at no-such-folder: nothing audited.');
  });

  it('refuses a folder without datasets', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wikidex-report-empty-'));
    await expect(buildReportHtml({ out: 'out', fixtures: null, cwd: dir })).rejects.toBeInstanceOf(MissingDatasetsError);
  });
});

describe('wikidex report (CLI)', () => {
  it('writes <out>/report/index.html; exit 1 without datasets, 2 on a usage error', async () => {
    await mkdir(path.join(ROOT, 'test-output'), { recursive: true });
    const dir = await mkdtemp(path.join(ROOT, 'test-output', 'cli-'));
    try {
      const out = path.relative(ROOT, path.join(dir, 'out'));
      await runPipeline({ inputs: ['seeds'], out, cwd: ROOT });
      const err: string[] = [];
      const io = { out: () => {}, err: (t: string) => void err.push(t) };
      expect(await main(['report', '--out', out], io)).toBe(0);
      expect(err.join('')).toBe(`wikidex: report of 2 documents (2 audited) written to ${out}/report/index.html\n`);
      expect((await readFile(path.join(ROOT, out, 'report', 'index.html'), 'utf8')).length).toBeGreaterThan(10_000);
      expect(await main(['report', '--out', path.relative(ROOT, path.join(dir, 'nothing'))], io)).toBe(1);
      expect(err.at(-1)).toMatch(/^wikidex: no datasets in .*nothing: documents\.json is missing/);
      expect(await main(['report', '--bogus'], io)).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
