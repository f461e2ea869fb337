import { findDates, splitSentences } from './src/dates/index.ts';
import { readFileSync } from 'node:fs';
const text = ['seeds/000_1f1d3acaa8eb629d.txt','fixtures/docs/016_united_states_national_security_council.txt'].map(f=>readFileSync(f,'utf8')).join('\n');
const sents = text.split('\n').flatMap(l => splitSentences(l).map(s=>s.text));
let t0 = performance.now(); let n=0;
for (let i=0;i<200;i++) for (const s of sents) n+=findDates(s).length;
console.log('sentences', sents.length*200, 'ms', performance.now()-t0, n);
for (const [name, s] of [['nodigits', 'word '.repeat(400000)], ['years 50k', 'in 1990 the '.repeat(4000)], ['counts 50k', '2000 troops '.repeat(4000)], ['months', 'March 24 '.repeat(5000)], ['digits', '12345 '.repeat(8000)]] as const) {
  t0 = performance.now(); const r = findDates(s); console.log(name, s.length, r.length, (performance.now()-t0).toFixed(0)+'ms');
}
