/**
 * Years of birth and death written after a name (`Zhou Enlai (1898–1976) (1949–1958)`,
 * `Zhou Enlai (1898–1976), 1949–1958`): a year range that the entry's tenure dates, written after
 * it, lie within. Read as a tenure, it would invent one and hide the real one.
 */
import { HAS_YEAR, parenGroups, type Group } from './groups.ts';
import type { Span } from './spans.ts';

/** Two four-digit years and a dash, nothing else. */
const YEAR_RANGE = /^\s*([0-9]{4})\s*[-\u2010-\u2015\u2212]\s*([0-9]{4})\s*$/u;
/** Such a range somewhere in the entry: without one, its brackets need not be read again. */
const YEAR_RANGE_BRACKET = /[0-9]{4}\s*[-\u2010-\u2015\u2212]\s*[0-9]{4}/u;
/** Shorter ranges are terms of office as often as lives. */
const MIN_LIFE_YEARS = 25;
/** Nobody takes office before this age. */
const MIN_AGE = 15;

export interface Lifespan {
  group: Group;
  /** The years as written. */
  written: string;
  /** What to leave out of the entry: the whole group, or the piece with its separator (`(1898–1976; in office 1949–1976)`, `(李维汉, 1896–1984)`). */
  from: number;
  to: number;
  born: number;
  died: number;
}

/** Pieces of a bracket: text between `;` and `,` separators, with where each starts. */
const PIECE = /[^;,]+/gu;

/**
 * The entry's first bracket with a year, when it, or one `;`- or `,`-separated piece of it, is a
 * year range long enough to be a life (the other pieces a native name, a qualifier or the term).
 */
export function lifespanGroup(text: string): Lifespan | null {
  if (!YEAR_RANGE_BRACKET.test(text)) return null;
  const group = parenGroups(text).find((g) => HAS_YEAR.test(g.inner));
  if (group === undefined || !group.closed) return null;
  for (const piece of group.inner.matchAll(PIECE)) {
    const m = YEAR_RANGE.exec(piece[0]);
    if (!m) continue;
    const [born, died] = [Number(m[1]), Number(m[2])];
    if (died - born < MIN_LIFE_YEARS) return null;
    const at = group.open + 1 + piece.index;
    const whole = piece[0].length === group.inner.length;
    // The piece and one separator beside it: the one after it when it is first, else the one before.
    const from = whole ? group.open : piece.index === 0 ? at : at - 1;
    const to = whole ? group.close : piece.index === 0 ? Math.min(at + piece[0].length + 1, group.close - 1) : at + piece[0].length;
    return { group, written: piece[0].trim(), from, to, born, died };
  }
  return null;
}

/** The entry text without the life's years (see `Lifespan`); spaces keep every other offset. */
export function withoutLife(text: string, life: Lifespan): string {
  return text.slice(0, life.from) + ' '.repeat(life.to - life.from) + text.slice(life.to);
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
