/** A row's label wrapped to the plot's width. */
import { LABEL_LINES } from './geometry.ts';
import type { TimelineRow } from './spec.ts';
import { textWidth } from './text-width.ts';

export interface LabelPart {
  text: string;
  bold: boolean;
}

export interface LabelLine {
  parts: LabelPart[];
  width: number;
}

/** Neighbouring parts of one style joined, so the markup stays small. */
function mergeParts(parts: readonly LabelPart[]): LabelPart[] {
  return parts.reduce<LabelPart[]>((acc, p) => {
    const last = acc[acc.length - 1];
    if (last && last.bold === p.bold) last.text += p.text;
    else acc.push({ ...p });
    return acc;
  }, []);
}

/** The row label (bold) and its details, wrapped into at most two lines that fit the plot, the rest cut with "…". */
export function layoutLabel(row: TimelineRow, maxWidth: number): LabelLine[] {
  const dates = row.bars.map((b) => b.dates).join('; ');
  const sub = [row.sublabel, dates].filter((s): s is string => s !== null && s !== '').join(' · ');
  const words = [
    ...row.label.split(/\s+/).filter(Boolean).map((text) => ({ text, bold: true })),
    ...(sub ? [{ text: '·', bold: false }, ...sub.split(/\s+/).filter(Boolean).map((text) => ({ text, bold: false }))] : []),
  ];
  const lines: LabelLine[] = [{ parts: [], width: 0 }];
  for (const word of words) {
    let line = lines[lines.length - 1]!;
    const space = line.parts.length > 0 ? textWidth(' ', word.bold) : 0;
    const w = textWidth(word.text, word.bold);
    if (line.parts.length > 0 && line.width + space + w > maxWidth) {
      if (lines.length === LABEL_LINES) {
        line.parts.push({ text: '…', bold: word.bold });
        line.width += textWidth(' …', word.bold);
        while (line.width > maxWidth && line.parts.length > 1) {
          const dropped = line.parts.splice(line.parts.length - 2, 1)[0]!;
          line.width -= textWidth(` ${dropped.text}`, dropped.bold);
        }
        break;
      }
      line = { parts: [], width: 0 };
      lines.push(line);
    }
    const prefix = line.parts.length > 0 ? ' ' : '';
    line.parts.push({ text: prefix + word.text, bold: word.bold });
    line.width += (prefix ? space : 0) + w;
  }
  return lines.map((l) => ({ width: l.width, parts: mergeParts(l.parts) }));
}
