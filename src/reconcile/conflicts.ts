import type { ConflictRecord } from '../schema/reconcile-records.ts';
import { agree, boundsOf, type Bounds } from './edtf-bounds.ts';
import type { ExtractedTenure } from './input.ts';
import { isSingleHolder } from './position.ts';
import { compareText, groupBy, groupByParts, memoized } from './union-find.ts';

/**
 * Conflicts between sources about tenures, at the precision written:
 * - `start-after-end`: a span whose start is certainly after its end;
 * - `overlap`: two different people in one single-holder list (same document and `; Header`;
 *   headers of deputies, members and the like are skipped, see `position.ts`) who certainly hold
 *   the post at the same time: the later one starts before the earlier one ends at the precision
 *   written, so `(… – April 2015)` then `(April 2015 – …)` is a handover, not an overlap; an open
 *   (incumbent) end runs on; an unknown end is never an overlap;
 * - `different-dates`: the same person in the same post (same organization, the one the position
 *   names or else the document's subject, and the same role) in two documents, where a span of
 *   one has no span in the other with agreeing dates (start and end the same at their common
 *   precision, incumbency alike) but overlaps one in time: that pair is reported once.
 */

export interface TenureView {
  tenure: ExtractedTenure;
  person_id: string | null;
  /** Organization and role of the post, or null when unknown. */
  post: string | null;
}

const OPEN = Number.POSITIVE_INFINITY;

interface Span {
  v: TenureView;
  start: Bounds;
  /** null: end unknown; hi/lo = +∞ for an open (incumbent) end. */
  end: Bounds | null;
}

const OPEN_END: Bounds = { lo: OPEN, hi: OPEN };

/** `bounds`: `boundsOf`, computed once per value written. */
function spanOf(v: TenureView, bounds: (edtf: string) => Bounds | null): Span | null {
  const start = v.tenure.start === null ? null : bounds(v.tenure.start);
  if (start === null) return null;
  const end = v.tenure.end !== null ? bounds(v.tenure.end) : v.tenure.incumbent ? OPEN_END : null;
  return { v, start, end };
}

const written = (t: ExtractedTenure): string => `${t.start ?? '?'}/${t.end ?? (t.incumbent ? '..' : '?')}`;

function startAfterEnd(spans: readonly Span[]): ConflictRecord[] {
  return spans
    .filter((s) => s.end !== null && s.start.lo > s.end.hi && s.v.person_id !== null)
    .map((s) => ({
      kind: 'start-after-end' as const,
      entity_id: s.v.person_id!,
      other_entity_id: null,
      position: s.v.tenure.position,
      doc_id: s.v.tenure.doc_id,
      line: s.v.tenure.line,
      other_doc_id: null,
      other_line: null,
      message: `${s.v.tenure.person}: the span ${written(s.v.tenure)} starts after it ends`,
    }));
}

function overlaps(spans: readonly Span[]): ConflictRecord[] {
  const out: ConflictRecord[] = [];
  const singleHolder = memoized(isSingleHolder);
  const lists = groupByParts(
    spans.filter((s) => s.end !== null && s.end.hi >= s.start.lo && s.v.person_id !== null && s.v.tenure.position !== null && singleHolder(s.v.tenure.position)),
    (s) => [s.v.tenure.doc_id, s.v.tenure.position_line ?? 0, s.v.tenure.position!],
  );
  for (const list of lists) {
    const sorted = [...list].sort((a, b) => a.start.lo - b.start.lo || a.v.tenure.line - b.v.tenure.line || a.v.tenure.span - b.v.tenure.span);
    for (let i = 0; i < sorted.length; i++) {
      const x = sorted[i]!;
      for (let j = i + 1; j < sorted.length; j++) {
        const y = sorted[j]!;
        if (y.start.hi >= x.end!.lo) break;
        if (x.v.person_id === y.v.person_id) continue;
        if (Math.max(x.start.hi, y.start.hi) >= Math.min(x.end!.lo, y.end!.lo)) continue;
        out.push({
          kind: 'overlap',
          entity_id: x.v.person_id!,
          other_entity_id: y.v.person_id,
          position: x.v.tenure.position,
          doc_id: x.v.tenure.doc_id,
          line: x.v.tenure.line,
          other_doc_id: y.v.tenure.doc_id,
          other_line: y.v.tenure.line,
          message: `${x.v.tenure.person} (${written(x.v.tenure)}) and ${y.v.tenure.person} (${written(y.v.tenure)}) both hold "${x.v.tenure.position}" at the same time`,
        });
      }
    }
  }
  return out;
}

const endsAgree = (a: Span, b: Span): boolean => a.end === null || b.end === null || agree(a.end, b.end);
const reach = (s: Span): number => (s.end === null ? s.start.hi : s.end.hi);
const meet = (a: Span, b: Span): boolean => a.start.lo <= reach(b) && b.start.lo <= reach(a);

function differentDates(spans: readonly Span[]): ConflictRecord[] {
  const out: ConflictRecord[] = [];
  const posts = groupByParts(
    spans.filter((s) => s.v.person_id !== null && s.v.post !== null),
    (s) => [s.v.person_id!, s.v.post!],
  );
  for (const post of posts) {
    // Most people hold a post in one document only: nothing to compare.
    const first = post[0]!.v.tenure.doc_id;
    if (post.every((s) => s.v.tenure.doc_id === first)) continue;
    const byDoc = [...groupBy(post, (s) => s.v.tenure.doc_id)].sort(([a], [b]) => compareText(a, b));
    for (let i = 0; i < byDoc.length; i++) {
      for (let j = i + 1; j < byDoc.length; j++) {
        const [docA, as] = byDoc[i]!;
        const [docB, bs] = byDoc[j]!;
        const reported = new Set<string>();
        const report = (a: Span, b: Span): void => {
          const key = `${a.v.tenure.line}:${b.v.tenure.line}`;
          if (reported.has(key)) return;
          reported.add(key);
          out.push({
            kind: 'different-dates',
            entity_id: a.v.person_id!,
            other_entity_id: null,
            position: a.v.tenure.position,
            doc_id: docA,
            line: a.v.tenure.line,
            other_doc_id: docB,
            other_line: b.v.tenure.line,
            message: `${a.v.tenure.person} as "${a.v.tenure.position}": ${written(a.v.tenure)} in ${docA} line ${a.v.tenure.line}, but ${written(b.v.tenure)} in ${docB} line ${b.v.tenure.line}`,
          });
        };
        const fits = (a: Span, b: Span): boolean => agree(a.start, b.start) && endsAgree(a, b);
        for (const a of as) if (!bs.some((b) => fits(a, b))) for (const b of bs) if (meet(a, b)) report(a, b);
        for (const b of bs) if (!as.some((a) => fits(a, b))) for (const a of as) if (meet(a, b)) report(a, b);
      }
    }
  }
  return out;
}

export function findConflicts(views: readonly TenureView[]): ConflictRecord[] {
  const bounds = memoized(boundsOf);
  const spans = views.map((v) => spanOf(v, bounds)).filter((s): s is Span => s !== null);
  const all = [...startAfterEnd(spans), ...overlaps(spans), ...differentDates(spans)];
  return all.sort(
    (a, b) =>
      compareText(a.doc_id, b.doc_id) || a.line - b.line || compareText(a.kind, b.kind) || compareText(a.entity_id, b.entity_id) || compareText(a.other_doc_id ?? '', b.other_doc_id ?? '') || (a.other_line ?? 0) - (b.other_line ?? 0),
  );
}
