/**
 * Years of birth and death written after a name (`Zhou Enlai (1898–1976) (1949–1958)`,
 * `Zhou Enlai (1898–1976), 1949–1958`): a year range that the entry's tenure dates, written after
 * it, lie within. Read as a tenure, it would invent one and hide the real one.
 */
import { HAS_YEAR, parenGroups, type Group } from './groups.ts';
import type { Span } from './spans.ts';

/** Two four-digit years and a dash, nothing else. */
const YEAR_RANGE = /^\s*([0-9]{4})\s*[-\u2010-\u2015\u2212]\s*([0-9]{4})\s*$/u;
/** Such a bracket, or a bracket's first `;`-separated piece, somewhere in the entry: without one, its brackets need not be read again. */
const YEAR_RANGE_BRACKET = /\(\s*[0-9]{4}\s*[-\u2010-\u2015\u2212]\s*[0-9]{4}\s*[;)]/u;
/** Shorter ranges are terms of office as often as lives. */
const MIN_LIFE_YEARS = 25;
/** Nobody takes office before this age. */
const MIN_AGE = 15;

export interface Lifespan {
  group: Group;
  /** The years as written, and where the text to leave out ends: the group's end, or after the `;` of `(1898–1976; in office 1949–1976)`. */
  written: string;
  end: number;
  born: number;
  died: number;
}

/** The entry's first bracket with a year, when it is a year range long enough to be a life. */
export function lifespanGroup(text: string): Lifespan | null {
  if (!YEAR_RANGE_BRACKET.test(text)) return null;
  const group = parenGroups(text).find((g) => HAS_YEAR.test(g.inner));
  if (group === undefined || !group.closed) return null;
  // `(1898–1976; in office 1949–1976)`: the life, then the term, in one bracket.
  const semicolon = group.inner.indexOf(';');
  const written = semicolon < 0 ? group.inner : group.inner.slice(0, semicolon);
  const m = YEAR_RANGE.exec(written);
  if (!m) return null;
  const [born, died] = [Number(m[1]), Number(m[2])];
  const end = semicolon < 0 ? group.close : group.open + 2 + semicolon;
  return died - born >= MIN_LIFE_YEARS ? { group, written: written.trim(), end, born, died } : null;
}

/** The entry text without the life's years (the group, or its first piece with the `(` kept); spaces keep every other offset. */
export function withoutLife(text: string, life: Lifespan): string {
  const from = life.end === life.group.close ? life.group.open : life.group.open + 1;
  return text.slice(0, from) + ' '.repeat(life.end - from) + text.slice(life.end);
}

const yearOf = (edtf: string): number | null => (/^[0-9]{4}/.test(edtf) ? Number(edtf.slice(0, 4)) : null);

/** Whether every span was held by someone of that life: started at `MIN_AGE` or later, ended (or is not known to have ended) by the death. */
export function withinLife(spans: readonly Span[], life: Lifespan): boolean {
  return (
    spans.length > 0 &&
    spans.every((s) => {
      const start = s.start === null ? null : yearOf(s.start);
      const end = s.end === null ? null : yearOf(s.end);
      if (start === null || start < life.born + MIN_AGE) return false;
      return s.end === null ? !s.incumbent : end !== null && end <= life.died;
    })
  );
}
