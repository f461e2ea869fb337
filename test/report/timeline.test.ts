import { describe, expect, it } from 'vitest';
import { dayNumber, parseEdtfDate } from '../../src/report/edtf.ts';
import { coreOf, domainOf, gapsOf, layoutLabel, outerOf, overlapsOf, renderTimeline, ticksOf, type TimelineBar, type TimelineRow, type TimelineSpec } from '../../src/report/timeline.ts';

const span = (value: string) => {
  const b = parseEdtfDate(value);
  if (!b) throw new Error(value);
  return { lo: b.lo, hi: b.hi };
};

function bar(key: string, start: string, end: string | null, extra: Partial<TimelineBar> = {}): TimelineBar {
  return { key, start: span(start), end: end === null ? null : span(end), open: end === null, dates: `${start} – ${end ?? 'present'}`, title: `${key}: ${start} – ${end ?? 'present'}`, href: `#doc-x-L${key.length}`, flagged: false, conflicts: [], ...extra };
}

const row = (label: string, ...bars: TimelineBar[]): TimelineRow => ({ key: label, label, sublabel: null, bars });
const TODAY = { day: dayNumber(2024, 0, 1), label: '2023' };

function spec(rows: TimelineRow[], extra: Partial<TimelineSpec> = {}): TimelineSpec {
  return { id: 'tl-test', title: 'Timeline: Director', rows, today: TODAY, gaps: true, overlaps: true, ...extra };
}

describe('bar geometry at the precision written', () => {
  it('a year-only span covers both whole years; only the years between are certain', () => {
    const b = bar('li', '2014', '2017');
    expect(outerOf(b, TODAY.day)).toEqual({ lo: dayNumber(2014, 0), hi: dayNumber(2018, 0) });
    expect(coreOf(b, TODAY.day)).toEqual({ lo: dayNumber(2015, 0), hi: dayNumber(2017, 0) });
  });

  it('an open span runs to today', () => {
    const b = bar('wang', '2023-01', null);
    expect(outerOf(b, TODAY.day)).toEqual({ lo: dayNumber(2023, 0), hi: TODAY.day });
    expect(coreOf(b, TODAY.day)).toEqual({ lo: dayNumber(2023, 1), hi: TODAY.day });
  });

  it('successive holders sharing a boundary month neither overlap nor leave a gap', () => {
    const rows = [row('Qian', bar('q', '1988-06', '1989-12')), row('Liu', bar('l', '1989-12', '1991-08'))];
    expect(gapsOf(rows, TODAY.day)).toEqual([]);
    expect(overlapsOf(rows, TODAY.day)).toEqual([]);
  });

  it('finds gaps and certain overlaps, naming the rows', () => {
    const rows = [row('A', bar('a', '2014-03', '2016-10')), row('B', bar('b', '2017-03', '2022-07')), row('C', bar('c', '2018-05', '2022-07'))];
    expect(gapsOf(rows, TODAY.day)).toEqual([{ lo: dayNumber(2016, 10), hi: dayNumber(2017, 2), labels: [] }]);
    expect(overlapsOf(rows, TODAY.day)).toEqual([{ lo: dayNumber(2018, 5), hi: dayNumber(2022, 6), labels: ['B', 'C'] }]);
  });

  it('domains are whole years, at least five, and end at today when a bar is open', () => {
    expect(domainOf([row('A', bar('a', '1994-11', '2005-04'))], TODAY.day)).toEqual({ lo: dayNumber(1994, 0), hi: dayNumber(2006, 0) });
    expect(domainOf([row('A', bar('a', '2000', '2001'))], TODAY.day)).toEqual({ lo: dayNumber(1999, 0), hi: dayNumber(2004, 0) });
    expect(domainOf([row('W', bar('w', '2023-01', null))], TODAY.day)).toEqual({ lo: dayNumber(2019, 0), hi: TODAY.day });
    expect(domainOf([row('none', { ...bar('n', '2000', '2001'), start: null })], TODAY.day)).toBeNull();
  });

  it('ticks are round years about 70px apart', () => {
    expect(ticksOf({ lo: dayNumber(1988, 0), hi: dayNumber(2024, 0) }, 914)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020]);
    expect(ticksOf({ lo: dayNumber(2014, 0), hi: dayNumber(2024, 0) }, 914)).toHaveLength(11);
  });

  it('wraps a long label into two lines that fit, and cuts the rest', () => {
    const long = row('Director of the Office of the Central Foreign Affairs Leading Group and the Office of the Central National Security Leading Group', bar('x', '2000-09', '2005-04'));
    const lines = layoutLabel(long, 914);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(914);
    const tiny = layoutLabel(long, 200);
    expect(tiny).toHaveLength(2);
    expect(tiny[1]!.parts.at(-1)!.text.endsWith('…')).toBe(true);
  });
});

describe('renderTimeline', () => {
  const rows = [row('Li Zhanshu', bar('li', '2014', '2017')), row('Ding Xuexiang', bar('ding', '2017', '2023')), row('Cai Qi', bar('cai', '2023', null))];
  const svg = renderTimeline(spec(rows));

  it('is an accessible image: role, label, title, desc and a title on every bar', () => {
    expect(svg).toMatch(/^<svg class="timeline" role="img" aria-label="Timeline: Director" aria-describedby="tl-test-desc" viewBox="0 0 960 \d+"/);
    expect(svg).toContain('<title id="tl-test-title">Timeline: Director</title>');
    expect(svg).toContain('<desc id="tl-test-desc">3 tenures in 3 rows, 2014 to 2023 (the latest date in the data). Li Zhanshu: 2014 – 2017. Ding Xuexiang: 2017 – 2023. Cai Qi: 2023 – present (open). no gaps. no overlaps.</desc>');
    expect(svg.match(/<g class="bar[^"]*" data-tenure="[^"]+"[^>]*><title>/g)).toHaveLength(3);
  });

  it('draws the open span to the right edge with an arrow, and the today line there', () => {
    const open = /<g class="bar open" data-tenure="cai"[^>]*><title>[^<]*<\/title><rect class="extent" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(svg);
    expect(open).not.toBeNull();
    expect(Number(open![1]) + Number(open![2])).toBeCloseTo(930, 0);
    expect(svg).toContain('<g class="today"><title>Latest date in the data: 2023. Open tenures run to here.</title><line x1="930" x2="930"');
    expect(svg).toMatch(/<path class="arrow" d="M930 /);
  });

  it('draws a year-only span as a hatched full-year extent with a solid certain part', () => {
    expect(svg).toMatch(/data-tenure="li"[^>]*><title>[^<]*<\/title><rect class="extent" x="16" [^>]*\/><rect class="core" x="107.3" [^>]*\/>/);
  });

  it('marks conflicts and warnings with an outline and "!", and gives the bar a link to its line', () => {
    const marked = renderTimeline(spec([row('A', bar('a', '2000', '2004', { conflicts: ['same-person-different-dates: 2001 in doc b'] })), row('B', bar('b', '2005', '2006', { flagged: true }))]));
    expect(marked).toContain('class="bar conflict"');
    expect(marked).toContain('Conflict: same-person-different-dates: 2001 in doc b');
    expect(marked).toContain('class="bar flagged"');
    expect(marked.match(/class="mark"/g)).toHaveLength(2);
    expect(marked).toContain('<a href="#doc-x-L1" tabindex="-1"><g class="bar conflict"');
    expect(marked).toContain('gap');
  });

  it('escapes everything that comes from documents', () => {
    const hostile = renderTimeline(spec([row('</text><script>x</script>', bar('"><script>', '2000', '2001'))], { title: '<b>t</b>' }));
    expect(hostile).not.toMatch(/<script|<b>/);
    expect(hostile).toContain('&lt;/text&gt;&lt;script&gt;x&lt;/script&gt;');
  });

  it('is deterministic', () => {
    expect(renderTimeline(spec(rows))).toBe(svg);
  });

  it('says so when nothing can be drawn', () => {
    expect(renderTimeline(spec([row('A', { ...bar('a', '2000', '2001'), start: null })]))).toContain('No dated tenures to draw');
  });
});
