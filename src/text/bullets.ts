/**
 * Typographic bullets, as text copied from a rendered page writes list items (`• Entry`): a list
 * marker when a space follows it at the start of a line. Dashes are not among them: a line
 * starting with an en or em dash is as often an attribution or a wrapped line.
 */
export const TYPOGRAPHIC_BULLETS = '•·◦‣⁃▪▫●○■□►・';
