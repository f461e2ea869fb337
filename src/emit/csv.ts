import { stringify } from 'csv-stringify/sync';

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** OWASP neutralisation: a leading apostrophe keeps the cell as text. */
export function neutraliseCell(cell: string): string {
  return cell.length > 0 && FORMULA_START.has(cell[0]!) ? `'${cell}` : cell;
}

function cellOf(value: unknown, raw: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return raw ? value : neutraliseCell(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Arrays and objects are written as JSON text: unambiguous and machine-readable.
  return JSON.stringify(value);
}

/** RFC 4180 CSV (CRLF record ends, quotes doubled) with a header row of the given columns. */
export function toCsv(columns: readonly string[], records: readonly Record<string, unknown>[], options: { raw?: boolean } = {}): string {
  const raw = options.raw ?? false;
  const rows = records.map((record) => columns.map((column) => cellOf(record[column], raw)));
  return stringify([columns as string[], ...rows], { record_delimiter: '\r\n', quoted_match: /[\r\n]|^\s|\s$/ });
}
