import { isDeepStrictEqual } from 'node:util';
import type { Difference, Scores } from './report-schema.ts';

type Row = Record<string, unknown>;

export interface Comparison {
  scores: Scores;
  differences: Difference[];
}

const project = (row: Row, fields: readonly string[]): Row => Object.fromEntries(fields.map((f) => [f, row[f] ?? null]));
const keyOf = (row: Row): string => JSON.stringify(row);
const lineOf = (row: Row): number | null => (typeof row.line === 'number' ? row.line : null);

export function scoresOf(expected: number, actual: number, matched: number): Scores {
  const precision = actual === 0 ? (expected === 0 ? 1 : 0) : matched / actual;
  const recall = expected === 0 ? (actual === 0 ? 1 : 0) : matched / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { expected, actual, matched, precision, recall, f1 };
}

/**
 * Compares two record lists on the given fields: exact matches first (as
 * multisets), then leftovers on the same line are paired as "changed" with
 * the fields that differ; the rest are missing or extra.
 */
export function compareRecords(table: string, docId: string, expectedRows: readonly Row[], actualRows: readonly Row[], fields: readonly string[]): Comparison {
  const expected = expectedRows.map((r) => project(r, fields));
  const actual = actualRows.map((r) => project(r, fields));
  const pool = new Map<string, number>();
  for (const row of actual) pool.set(keyOf(row), (pool.get(keyOf(row)) ?? 0) + 1);
  const unmatchedExpected: Row[] = [];
  let matched = 0;
  for (const row of expected) {
    const left = pool.get(keyOf(row)) ?? 0;
    if (left > 0) {
      pool.set(keyOf(row), left - 1);
      matched++;
    } else unmatchedExpected.push(row);
  }
  const unmatchedActual: Row[] = [];
  for (const row of actual) {
    const left = pool.get(keyOf(row)) ?? 0;
    if (left > 0) {
      pool.set(keyOf(row), left - 1);
      unmatchedActual.push(row);
    }
  }
  const differences: Difference[] = [];
  for (const want of unmatchedExpected) {
    const at = unmatchedActual.findIndex((got) => lineOf(got) === lineOf(want));
    if (at === -1) {
      differences.push({ table, doc_id: docId, line: lineOf(want), kind: 'missing', fields: [], expected: want, actual: null });
      continue;
    }
    const got = unmatchedActual.splice(at, 1)[0]!;
    const changed = fields.filter((f) => !isDeepStrictEqual(want[f], got[f])).map((f) => ({ field: f, expected: want[f], actual: got[f] }));
    differences.push({ table, doc_id: docId, line: lineOf(want), kind: 'changed', fields: changed, expected: want, actual: got });
  }
  for (const got of unmatchedActual) differences.push({ table, doc_id: docId, line: lineOf(got), kind: 'extra', fields: [], expected: null, actual: got });
  differences.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { scores: scoresOf(expected.length, actual.length, matched), differences };
}
