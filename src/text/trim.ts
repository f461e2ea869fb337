const PUNCT = new Set([' ', '\t', '\n', '\u00a0', ',', ';', ':', '|', '-', '–', '—', '‒', '−']);

/** Trims spaces and separator punctuation from both ends, in linear time. */
export function trimSeparators(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && PUNCT.has(s[a]!)) a++;
  while (b > a && PUNCT.has(s[b - 1]!)) b--;
  return s.slice(a, b);
}
