/** Rough width in px of text at 12px (no measuring in a pure function): wide enough for DejaVu Sans. */
export function textWidth(text: string, bold: boolean): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80) w += 12.5; // CJK and other full-width characters
    else if (ch === ' ') w += 4;
    else if (/[ilj.,:;'|!()[\]]/.test(ch)) w += 3.8;
    else if (/[A-Z]|[mwMW]/.test(ch)) w += 8.6;
    else w += 7;
  }
  return bold ? w * 1.09 : w;
}
