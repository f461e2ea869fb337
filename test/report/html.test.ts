import { describe, expect, it } from 'vitest';
import { attrs, esc, num, slugify, SlugRegistry } from '../../src/report/html.ts';
import { highlightLine, renderSource } from '../../src/report/source.ts';

describe('escaping', () => {
  it('escapes markup in text and attributes', () => {
    expect(esc('<script>alert("x") & \'y\'</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;');
    expect(attrs({ title: '"><script>', hidden: true, skip: false, none: null })).toBe(' title="&quot;&gt;&lt;script&gt;" hidden');
  });

  it('replaces NUL, other controls and lone surrogates (one code unit each)', () => {
    expect(esc('a\u0000b\u0007c\ud800d\tx\ny')).toBe('a\uFFFDb\uFFFDc\uFFFDd\tx\ny');
    expect(esc('😀')).toBe('😀');
  });

  it('makes stable ASCII slugs, unique in call order', () => {
    expect(slugify('000_1f1d3acaa8eb629d')).toBe('000_1f1d3acaa8eb629d');
    expect(slugify('Lü Feng / 吕峰')).toBe('lu-feng');
    expect(slugify('吕峰')).toBe('x');
    const r = new SlugRegistry();
    expect([r.take('a'), r.take('a'), r.take('a')]).toEqual(['a', 'a-2', 'a-3']);
  });

  it('writes short, stable numbers', () => {
    expect([num(1), num(1.04), num(1.06), num(-0.01)]).toEqual(['1', '1', '1.1', '0']);
  });
});

describe('source view', () => {
  it('marks overlapping ranges as segments that carry every class, escaping the text', () => {
    const html = highlightLine('On <b>6 March 1958</b>', [
      { start: 6, end: 18, cls: 'hl-date', title: 'date' },
      { start: 8, end: 13, cls: 'hl-mention', title: 'mention' },
    ]);
    expect(html).toBe('On &lt;b&gt;<mark class="hl-date" title="date">6 </mark><mark class="hl-date hl-mention" title="date; mention">March</mark><mark class="hl-date" title="date"> 1958</mark>&lt;/b&gt;');
  });

  it('ignores ranges outside the line', () => {
    expect(highlightLine('abc', [{ start: 2, end: 9, cls: 'x', title: 't' }])).toBe('abc');
  });

  it('gives every line an id and a link to itself', () => {
    const html = renderSource('doc1', 'T', ['= T =', '', 'x'], [{ kind: 'title', line: 1, text: 'T', detail: null, ranges: [{ start: 2, end: 3, cls: 'hl-title', title: 'title' }], other: null }]);
    expect(html).toContain('<div class="l has-title" id="doc-doc1-L1"><a class="n" href="#doc-doc1-L1" aria-label="Line 1">1</a><span class="t">= <mark class="hl-title" title="title">T</mark> =</span></div>');
    expect(html).toContain('id="doc-doc1-L3"');
    expect(html).not.toContain('id="doc-doc1-L4"');
  });
});
