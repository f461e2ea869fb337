export { parseDocument, lineStarts, markdownTree } from './parse.ts';
export { MAX_LINE_NESTING, calmLongLines } from './line-guards.ts';
export { parseInChunks, DEFAULT_CHUNKS, type ChunkOptions } from './chunks.ts';
export { scanLines, headingOf, termOf, fieldOf, isInfoboxStart } from './scan-lines.ts';
export type { WikiHeading, WikiTerm, Infobox, InfoboxLine } from './nodes.ts';
