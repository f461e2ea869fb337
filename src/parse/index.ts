export { parseDocument, lineStarts } from './parse.ts';
export { scanLines, headingOf, termOf, fieldOf, isInfoboxStart } from './scan-lines.ts';
export type { WikiHeading, WikiTerm, Infobox, InfoboxLine } from './nodes.ts';
