import type { SourceFile } from '../read/index.ts';

/** One input of a run, hashed. */
export interface Hashed {
  file: SourceFile;
  sha256: string | null;
  bytes: number | null;
  /** The bytes hashed, until the corpus step holds them for the document's text (null then, or unreadable). */
  data: Buffer | null;
  error: unknown;
  /** Name of its cache entry (null: unreadable, or too large to cache). */
  entry: string | null;
  /** To be parsed: no entry to reuse. */
  parse: boolean;
}
