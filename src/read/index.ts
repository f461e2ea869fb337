export { decodeDocument, normaliseNewlines, firstInvalidUtf8, lineAtByte } from './decode.ts';
export { discoverInputs, docIdBelow, docIdOfFile, displayPath } from './discover.ts';
export type { SourceFile, Discovery, DiscoveryProblem } from './discover.ts';
export { readDocument, sha256Of, DEFAULT_MAX_BYTES } from './read-document.ts';
export type { SourceDocument, ReadResult } from './read-document.ts';
