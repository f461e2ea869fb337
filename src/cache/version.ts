/**
 * What a cache entry depends on besides the document's bytes.
 *
 * Bump rule: increase `EXTRACTOR_VERSION` in the same commit as any change that can change what
 * one document yields — parse/, extract/, dates/, read/ (decoding), the record schemas or their
 * validation, the rendering of records into JSON/CSV (src/workers/render.ts, src/emit/csv.ts), or an
 * upgrade of a dependency they use (remark-parse, chrono-node, zod…).
 * Entries of another version are never read and are deleted by the next run. `SCHEMA_VERSION`
 * (src/schema/records.ts) is part of the key too, so a schema bump alone also invalidates the cache.
 * Changing only corpus-level work (reconciliation), the CLI or the pipeline needs no bump.
 * `CACHE_FORMAT` changes with the layout of the entry files themselves (src/cache/entry.ts).
 */
export const EXTRACTOR_VERSION = 147;
export const CACHE_FORMAT = 3;
