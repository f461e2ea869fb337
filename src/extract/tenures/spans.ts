/**
 * A leader entry's dates group → its spans: `;`-separated pieces (see ranges.ts), words or a native
 * name written before a piece's range, and notes.
 */
import { isStanding, namesPost } from '../name-post.ts';
import { splitTopLevel } from './groups.ts';
import { boundOnlySpan, joinNotes, pieceSpans, rangeSpans, type Span } from './ranges.ts';

export { joinNotes, spanOf, type Span } from './ranges.ts';

const LATIN = /\p{Script=Latin}/u;

/** Letters, none of them Latin, and no digit: a name in its own script. */
const isNative = (text: string): boolean => !LATIN.test(text) && /\p{L}/u.test(text) && !/\d/.test(text);

/** `Chinese:`, `simplified Chinese:`, `Russian:`: a language named before a native name. */
const LANGUAGE_LABEL = /^\p{Script=Latin}[\p{Script=Latin} ]*:\s*/u;

/** The native name a bracket or piece holds (`王毅`, `Chinese: 王毅`), else null. */
export function nativeNameOf(text: string): string | null {
  const name = text.trim().replace(LANGUAGE_LABEL, '');
  return isNative(name) ? name : null;
}

/** A comma or colon before a piece's first digit (`CDU, 1998–2003`, `Chinese: 王毅, 1998–2003`). */
const HEAD_END = /\s*[,:]\s*/gu;

const MAX_HEAD_CUTS = 4;

/** `王毅 1998–2003`: a name in its own script, a space, then the first digit. */
const NATIVE_HEAD = /^([^\d\s()[\]][^\d()[\]]*?)\s+(?=\d)/u;

/**
 * The spans of `rest` when they are a range with an end, open, or only an end or a start
 * (`born in Beijing, 1953` is no tenure); a single date too when `single` (after a standing:
 * `acting, 2019`).
 */
function rangeAfterHead(rest: string, at: number, spans: Span[], single = false): boolean {
  const first = spans.length;
  const bound = rangeSpans(rest, at, spans) ? null : boundOnlySpan(rest, at);
  if (bound) spans.push(bound);
  if (spans.length > first && (single || !spans[first]!.single)) return true;
  spans.length = first;
  return false;
}

/**
 * The spans of a first piece written after a head, which is returned (else null): words without
 * a digit or bracket and a comma or colon (the first such cut that leaves a range), or a native name.
 */
function headedSpans(text: string, offset: number, spans: Span[]): string | null {
  const digit = text.search(/[\d()[\]]/u);
  const before = digit < 0 ? '' : text.slice(0, digit);
  let tried = 0;
  for (const cut of before.matchAll(HEAD_END)) {
    // A head is a few words: trying every comma of a long piece would read it again and again.
    if (++tried > MAX_HEAD_CUTS) break;
    const head = text.slice(0, cut.index);
    const at = cut.index + cut[0].length;
    if (/\p{L}/u.test(head) && rangeAfterHead(text.slice(at), offset + at, spans, isStanding(head.trim()))) return head.trim();
  }
  const native = NATIVE_HEAD.exec(text);
  if (native && nativeNameOf(native[1]!) !== null && rangeAfterHead(text.slice(native[0].length), offset + native[0].length, spans)) return native[1]!.trim();
  return spacedHeadSpans(text, offset, spans);
}

/** Words only: a post or party before a range (`deputy`, `Party Secretary`, `CDU`). */
const WORDS_HEAD = /^\p{L}[\p{L}'’.\s-]*$/u;
/**
 * A life's words, whose dates are no term (`born 1928 – died 2019`), and words that qualify or
 * place the date after them (`around 1995 – 2001`, `early 1995 – 2001`), which no note can stand for.
 */
const NOT_HEAD = /(?:^|\s)(?:born|b|died|d|lived|aged?|n[ée]e|around|about|approx|approximately|roughly|reportedly|possibly|probably|perhaps|estimated|est|circa|ca|c|before|after|by|in|on|at|from|since|until|till|to|between|during|early|late|mid|end|beginning|spring|summer|autumn|fall|winter|the|unknown)(?=\s|\.|$)/iu;
/** A word that makes the post named after it another one (`concurrently State Councilor`, `later ambassador`). */
const OTHER_POST = /^(?:concurrently|concurrent|also|simultaneously|additionally|later|subsequently|afterwards|previously|formerly|earlier)\s+\S/iu;
const MAX_HEAD_WORDS = 3;

/**
 * The spans of a piece written as a few words, a space and a range with an end or open (`deputy
 * 1990–1998`, `Premier March 1988 – 1998`), which are returned (else null); the shortest such head.
 */
function spacedHeadSpans(text: string, offset: number, spans: Span[]): string | null {
  const digit = text.search(/[\d()[\]]/u);
  if (digit <= 0) return null;
  let tried = 0;
  for (const cut of text.slice(0, digit).matchAll(/\s+/gu)) {
    if (++tried > MAX_HEAD_WORDS) break;
    const head = text.slice(0, cut.index);
    if (!WORDS_HEAD.test(head) || NOT_HEAD.test(head)) return null;
    const at = cut.index + cut[0].length;
    const first = spans.length;
    if (rangeSpans(text.slice(at), offset + at, spans) > 0 && !spans[first]!.single) {
      // `concurrently State Councilor 2018–2022`, `also Vice Premier 2018–2020`: another post's
      // dates, a note of the span before (`later 1960–1965` alone is a later term of this one).
      if (!OTHER_POST.test(head)) return head;
      spans.length = first;
      return null;
    }
    spans.length = first;
  }
  return null;
}

/** A post written with a capital (`Vice Premier`, `Politburo member`), not a rank in lower case (`deputy`) nor a party (`SPD`). */
const namesTitledPost = (head: string): boolean => /(?:^|\s)\p{Lu}\p{Ll}/u.test(head) && namesPost(head);

/** Whether a later dates group names another post before its range (`(Vice Premier 2018–2023)` after the term): it is a note. */
export function namesOtherPost(inner: string): boolean {
  const head = spacedHeadSpans(inner.trim(), 0, []);
  return head !== null && namesTitledPost(head);
}

/** What a dates group gives: its spans, and the native names written before its first date (`(王毅; 1998–2003)`). */
export interface DatesGroup {
  spans: Span[];
  natives: string[];
}

/**
 * Reads the `;`-separated spans of a dates group; a piece not starting with a date (nor with
 * `reappointed`, `re-elected`… and a whole range: see START_ONLY) continues the previous note.
 * The first piece with a date may give only an end or a start (see `boundOnlySpan`) or follow a
 * head (see `headedSpans`); a later one may follow a few words (`director 1998–2003`). What is
 * written before the first (`acting; 1998–2003`, `CDU, 1998–2003`) leads the note of every span up
 * to one with words of its own, or is a native name (`王毅, 1998–2003`).
 */
export function readDates(inner: string, base: number): DatesGroup {
  const spans: Span[] = [];
  const lead: string[] = [];
  // The first span with words of its own before it.
  let headed = Infinity;
  for (const piece of splitTopLevel(inner)) {
    const text = piece.text.trim();
    const offset = base + piece.offset + piece.text.length - piece.text.trimStart().length;
    if (pieceSpans(text, offset, spans)) continue;
    if (spans.length === 0) {
      const bound = boundOnlySpan(text, offset);
      if (bound) spans.push(bound);
      else {
        const head = headedSpans(text, offset, spans);
        if (head !== null || text !== '') lead.push(head ?? text);
      }
      continue;
    }
    // A later `reappointed 2008–2013` is a span; a single date after the word stays a note (an event).
    const later = boundOnlySpan(text, offset, true);
    if (later && (later.end !== null || later.incumbent)) {
      spans.push(later);
      continue;
    }
    // `…; director 1998–2003`: a further range after a few words, which lead its notes (and not
    // what was written before the first range). A post written as a title (`…; Vice Premier
    // 2018–2023`, `…; Politburo member since 2022`) is another post's: the piece is a note.
    const first = spans.length;
    const head = spacedHeadSpans(text, offset, spans);
    if (head !== null && namesTitledPost(head)) spans.length = first;
    else if (head !== null) {
      for (const span of spans.slice(first)) span.note = joinNotes(head, span.note);
      headed = Math.min(headed, first);
      continue;
    }
    const last = spans[spans.length - 1]!;
    if (text !== '') last.note = joinNotes(last.note, text);
  }
  if (spans.length === 0) return { spans, natives: [] };
  const natives: string[] = [];
  const notes: string[] = [];
  for (const piece of lead) {
    const native = nativeNameOf(piece);
    if (native === null) notes.push(piece);
    else natives.push(native);
  }
  if (notes.length > 0) for (const span of spans.slice(0, headed)) span.note = joinNotes(notes.join('; '), span.note);
  return { spans, natives };
}

/** The spans of a dates group (see `readDates`); a native name before its dates leads their notes. */
export function spansOf(inner: string, base: number): Span[] {
  const { spans, natives } = readDates(inner, base);
  if (natives.length > 0) for (const span of spans) span.note = joinNotes(natives.join('; '), span.note);
  return spans;
}
