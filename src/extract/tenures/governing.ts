/**
 * What a heading, `; Header` or label line gives the leader lists under it: the position as
 * written, or none of its own (it only says holders follow, names a period, or is a bracket), and
 * sections that hold no leader list.
 */
import { parseLeadingRange } from '../../dates/index.ts';
import { withoutFootnotes } from '../../text/footnotes.ts';
import { shownText } from '../../text/emphasis.ts';
import { namesPost } from '../name-post.ts';

/** A position as a heading, `; Header` or label line writes it, without reference marks, emphasis around it (`'''Directors'''`), wiki links or a closing colon (`== Leaders: ==`). */
export function positionText(written: string): string {
  const shown = shownText(withoutFootnotes(written));
  return shown.endsWith(':') ? shown.slice(0, -1).trimEnd() : shown;
}

/** Sections that hold no leader list, whatever their lists' dates (`- 1958: Founded`, `- Ministry of Tests (1949–2000)`). */
export const ASIDE = /^(?:see also|references|notes|footnotes|citations|sources|bibliography|further reading|external links|literature|timeline|chronology|notes and references)$/i;

/**
 * Headings that only say a list of the post's holders follows (`List`, `Office holders`, `List of
 * incumbents`, `Holders of the office`): they name no post, so the list's position is the one
 * above them (the title's, at the top).
 */
export const HOLDERS_HEADING =
  /^(?:(?:complete|full|chronological|partial)\s+)?(?:list|listing|office[ -]?holders|holders|incumbents|title[ -]?holders)(?:\s+of\s+(?:the\s+)?(?:office[ -]?holders|holders|incumbents|title[ -]?holders|office|post|position))?$/i;

/** A year or year range in brackets at the end (`(1949–present)`, `(1912–1949)`, `(since 1949)`, `(1949)`). */
const PERIOD_BRACKET = /\s*\((?:since\s+|from\s+)?\d{4}(?:\s*[–—-]\s*(?:\d{2,4}|present|now|today)?)?\)$/iu;

/** A heading or header that is one bracket and nothing else (`; (selected)`, `=== (acting) ===`): it names no post. */
export const ONLY_BRACKET = /^\([^()]*\)$/u;

/**
 * A heading or `; Header` that names a period and no post (`People's Republic of China
 * (1949–present)`, `; Republic of China (1912–1949)`), or is only a date or range (`; 1949–1966`,
 * `=== 1990s ===`, `; Since 2000`): its list's position is the one above it.
 * `Ministers (1949–1954)` names a post and stays.
 */
export function namesPeriod(written: string): boolean {
  // `; 1949–1966`, `=== 1990s ===`, `; Since 2000`: a date or range and nothing else.
  const range = parseLeadingRange(written);
  if (range !== null && range.note === null && range.problems.length === 0) return true;
  const rest = written.replace(PERIOD_BRACKET, '');
  return rest !== written && !namesPost(rest);
}
