/** Minimal typings for the parts of the `edtf` package (edtf.js) this project uses. */
declare module 'edtf' {
  export type EdtfParseOptions = {
    /** Highest EDTF level accepted (0, 1 or 2; default 2). */
    level?: 0 | 1 | 2;
    types?: string[];
    seasonIntervals?: boolean;
    seasonUncertainty?: boolean;
  };
  export type EdtfParseResult = { type: string; level: number; values: unknown[] };
  /** Parse an EDTF string; throws when it is not valid EDTF. */
  export function parse(input: string, options?: EdtfParseOptions): EdtfParseResult;
  /** Construct an EDTF object; throws when the input is not valid EDTF. */
  export default function edtf(input: string, options?: EdtfParseOptions): { edtf: string; type: string };
}
