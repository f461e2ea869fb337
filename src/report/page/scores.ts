/** Audit scores (precision, recall, F1 by table) as a table. */
import type { Scores } from '../../audit/report-schema.ts';
import { esc } from '../html.ts';
import { table } from './markup.ts';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function scoresTable(scores: Record<string, Scores>, caption: string): string {
  const rows = Object.entries(scores).map(([t, s]) => [esc(t), String(s.expected), String(s.actual), String(s.matched), pct(s.precision), pct(s.recall), s.f1 === 1 ? pct(s.f1) : `<strong class="fail">${pct(s.f1)}</strong>`]);
  return table(['table', 'expected', 'actual', 'matched', 'precision', 'recall', 'F1'], rows, [1, 2, 3, 4, 5, 6], esc(caption));
}
