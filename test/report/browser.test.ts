/**
 * The report in a real browser: Debian's `chromium` driven by playwright-core.
 * Skipped (with a message) only where no `chromium` is on PATH; `.ci/run`
 * installs it with apt-get.
 */
import { accessSync, constants } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.ts';
import { ROOT } from '../helpers.ts';
import { DOC_000, FIXTURES, extractedHostile, extractedSeeds } from './fixtures.ts';

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * The browser globals the page callbacks use, typed just enough: the project compiles without the
 * DOM lib. Each callback runs in the page and starts with `const w = globalThis as unknown as Win`.
 */
interface Node_ {
  id: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Node_ | null;
  classList: { contains(name: string): boolean };
  textContent: string | null;
  getBoundingClientRect(): { left: number; right: number; top: number; bottom: number; width: number };
}
interface Win {
  document: {
    getElementById(id: string): Node_ | null;
    querySelector(selector: string): Node_ | null;
    querySelectorAll(selector: string): { length: number };
    activeElement: Node_ | null;
    documentElement: { scrollWidth: number };
  };
  location: { hash: string };
  innerHeight: number;
  innerWidth: number;
  getComputedStyle(node: Node_): { backgroundColor: string; outlineStyle: string };
}

const CHROMIUM = onPath('chromium');
const SCREENSHOTS = path.join(ROOT, 'test-output');
if (!CHROMIUM) console.warn('report browser test SKIPPED: no `chromium` on PATH (install Debian\'s package: apt-get install -y chromium; .ci/run does this)');

describe.skipIf(!CHROMIUM)('report in Chromium (playwright-core)', () => {
  let browser: Browser;
  let page: Page;
  let url: string;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const seeds = await extractedSeeds('wikidex-report-browser-');
    const report = await writeReport({ out: seeds.out, fixtures: FIXTURES, cwd: seeds.dir });
    url = pathToFileURL(report.file).href;
    await mkdir(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM!,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(url);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** The drawn bars of one timeline, left to right as the browser lays them out. */
  async function bars(selector: string) {
    return page.locator(`${selector} svg.timeline g.bar`).evaluateAll((nodes: Node_[]) =>
      nodes.map((g) => {
        const extent = g.querySelector('rect.extent')!.getBoundingClientRect();
        return { key: g.getAttribute('data-tenure'), open: g.classList.contains('open'), title: g.querySelector('title')!.textContent ?? '', left: extent.left, right: extent.right, width: extent.width };
      }),
    );
  }

  it('shows Liu Huaqiu’s spans in order, one after the other', async () => {
    const liu = await bars('#person-liu-huaqiu');
    expect(liu.map((b) => b.key)).toEqual([`${DOC_000}:57:1`, `${DOC_000}:61:1`, `${DOC_000}:65:1`]);
    expect(liu.map((b) => b.title.split('.')[0])).toEqual([
      'Liu Huaqiu, Director of the Foreign Affairs Office of the State Council: November 1994 – October 1998',
      'Liu Huaqiu, Director of the Central Foreign Affairs Office: October 1998 – September 2000',
      'Liu Huaqiu, Director of the Office of the Central Foreign Affairs Leading Group and the Office of the Central National Security Leading Group: September 2000 – April 2005',
    ]);
    for (let i = 1; i < liu.length; i++) {
      expect(liu[i]!.left).toBeGreaterThan(liu[i - 1]!.left);
      // Each span starts in the month the previous one ends: they touch, within that month.
      expect(liu[i]!.left).toBeLessThanOrEqual(liu[i - 1]!.right);
      expect(liu[i - 1]!.right - liu[i]!.left).toBeLessThan(liu[i]!.width / 10);
    }
    // In the first leader list of the seed, Liu Huaqiu is the fourth holder, after the other three.
    const list = await bars(`#pos-${DOC_000}-52`);
    expect(list.map((b) => b.title.split(':')[0])).toEqual(['Qian Yongnian', 'Liu Shuqing', 'Qi Huaiyuan', 'Liu Huaqiu']);
    expect(list.map((b) => b.left)).toEqual([...list.map((b) => b.left)].sort((a, b) => a - b));
  });

  it('shows Wang Yi’s span open, running to the right edge with an arrow', async () => {
    const wang = await bars('#person-wang-yi');
    expect(wang).toHaveLength(1);
    expect(wang[0]!.open).toBe(true);
    expect(wang[0]!.title).toContain('January 2023 – Incumbent (open: drawn to the latest date in the data, 2023)');
    const edge = await page.locator('#person-wang-yi svg.timeline .today line').evaluate((l: Node_) => l.getBoundingClientRect().left);
    expect(Math.abs(wang[0]!.right - edge)).toBeLessThan(2);
    const svg = await page.locator('#person-wang-yi svg.timeline').evaluate((s: Node_) => s.getBoundingClientRect());
    expect(svg.right - edge).toBeLessThan(svg.width * 0.04);
    expect(await page.locator('#person-wang-yi svg.timeline g.bar.open path.arrow').count()).toBe(1);
    // In the position chart too, next to Yang Jiechi's closed span.
    const list = await bars(`#pos-${DOC_000}-69`);
    expect(list.map((b) => [b.title.split(':')[0], b.open])).toEqual([['Yang Jiechi', false], ['Wang Yi', true]]);
  });

  it('gives every timeline an accessible name and description', async () => {
    const svgs = await page.locator('svg.timeline').evaluateAll((nodes: Node_[]) => nodes.map((s) => ({ role: s.getAttribute('role'), label: s.getAttribute('aria-label'), desc: (globalThis as unknown as Win).document.getElementById(s.getAttribute('aria-describedby') ?? '')?.textContent ?? '' })));
    expect(svgs.length).toBeGreaterThan(10);
    for (const s of svgs) {
      expect(s.role).toBe('img');
      expect(s.label).toMatch(/^Timeline/);
      expect(s.desc.length).toBeGreaterThan(20);
    }
  });

  it('clicking a fact lands on its source line', async () => {
    const fact = page.locator(`#doc-${DOC_000} .facts li.f-tenure a[href="#doc-${DOC_000}-L57"]`);
    await fact.click();
    await page.waitForFunction((hash) => (globalThis as unknown as Win).location.hash === hash, `#doc-${DOC_000}-L57`);
    expect(new URL(page.url()).hash).toBe(`#doc-${DOC_000}-L57`);
    const target = await page.evaluate(() => {
      const w = globalThis as unknown as Win;
      const t = w.document.querySelector(':target');
      if (!t) return null;
      const r = t.getBoundingClientRect();
      return { id: t.id, text: t.textContent, top: r.top, bottom: r.bottom, height: w.innerHeight, background: w.getComputedStyle(t).backgroundColor };
    });
    expect(target).not.toBeNull();
    expect(target!.id).toBe(`doc-${DOC_000}-L57`);
    expect(target!.text).toContain('Liu Huaqiu (November 1994 – October 1998)');
    expect(target!.top).toBeGreaterThanOrEqual(0);
    expect(target!.bottom).toBeLessThanOrEqual(target!.height);
    expect(target!.background).toBe('rgb(255, 243, 176)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-fact-target.png') });
  });

  it('clicking a timeline bar also lands on its line', async () => {
    await page.locator(`#person-wang-yi svg.timeline a`).first().click();
    await page.waitForFunction((hash) => (globalThis as unknown as Win).location.hash === hash, `#doc-${DOC_000}-L72`);
    expect(await page.evaluate(() => (globalThis as unknown as Win).document.querySelector(':target')?.id)).toBe(`doc-${DOC_000}-L72`);
  });

  it('works from the keyboard: the first Tab reaches the skip link', async () => {
    await page.goto(url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as Win).document.activeElement?.textContent)).toBe('Skip to content');
    const outline = await page.evaluate(() => {
      const w = globalThis as unknown as Win;
      return w.getComputedStyle(w.document.activeElement!).outlineStyle;
    });
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    // The fragment navigation completes after the key press returns (it lagged under load).
    await expect.poll(() => new URL(page.url()).hash).toBe('#main');
  });

  it('loads nothing but the file itself, without console errors', () => {
    expect(requests.filter((r) => !r.startsWith('file:') && !r.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('takes screenshots of the seed timelines, wide and narrow', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await page.locator('#positions').screenshot({ path: path.join(SCREENSHOTS, 'report-timelines.png') });
    await page.locator('#person-liu-huaqiu').screenshot({ path: path.join(SCREENSHOTS, 'report-person-liu-huaqiu.png') });
    await page.locator('#person-wang-yi').screenshot({ path: path.join(SCREENSHOTS, 'report-person-wang-yi.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}#positions`);
    // Narrow window: the page itself never scrolls sideways (wide charts scroll in their own box).
    expect(await page.evaluate(() => {
      const w = globalThis as unknown as Win;
      return w.document.documentElement.scrollWidth <= w.innerWidth;
    })).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-narrow.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows a hostile document’s markup as text and runs none of it', async () => {
    const hostile = await extractedHostile();
    const report = await writeReport({ out: hostile.out, fixtures: null, cwd: hostile.dir });
    const other = await browser.newPage();
    const dialogs: string[] = [];
    other.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await other.goto(pathToFileURL(report.file).href);
    expect(await other.evaluate(() => (globalThis as unknown as Win).document.querySelectorAll('script, img, b, i').length)).toBe(0);
    expect(await other.title()).toBe('wikidex report: 1 document');
    expect(await other.locator('#main').innerText()).toContain('<script>alert("title")</script> & Co');
    expect(dialogs).toEqual([]);
    await other.close();
  });
});
