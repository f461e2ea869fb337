import { parse } from 'edtf';

/**
 * Whether `value` is valid EDTF (ISO 8601-2) up to level 2, as edtf.js reads it: accepts
 * `1988`, `1988-06`, `1958-03-06`, `2012-41`, `1928/1934`, `2023/..`; rejects `1988-02-30`.
 */
export function isValidEdtf(value: string): boolean {
  try {
    parse(value, { level: 2 });
    return true;
  } catch {
    return false;
  }
}
