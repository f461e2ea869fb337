import { readFileSync } from 'node:fs';
import { findDates, splitSentences, parseLeadingRange, edtfInterval, toEdtf, isValidEdtf } from './src/dates/index.ts';
for (const f of process.argv.slice(2)) {
  const lines = readFileSync(f, 'utf8').split(/\r\n|\r|\n/);
  for (const line of lines) {
    if (!line.trim() || line.startsWith('=') || line.startsWith(';') || line === 'Infobox') continue;
    const li = /^(?:-|\d+\.)\s+(.*)$/.exec(line);
    if (li) {
      const m = /\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/.exec(li[1]!);
      if (!m) continue;
      for (const seg of m[1]!.split(';')) {
        const r = parseLeadingRange(seg);
        if (!r) { console.log('  LR null:', JSON.stringify(seg.slice(0,50))); continue; }
        console.log('  LR', JSON.stringify(seg.slice(0,45)), '=>', r.start ? toEdtf(r.start) : null, r.end ? toEdtf(r.end) : null, r.incumbent, JSON.stringify(r.note), r.problems.join('|'));
      }
      continue;
    }
    for (const s of splitSentences(line)) {
      const ds = findDates(s.text);
      for (const d of ds) console.log(`${d.kind}\t${d.value}\t${JSON.stringify(d.text)}\t${d.precision}${isValidEdtf(d.value)?'':' INVALID'}`);
    }
  }
}
