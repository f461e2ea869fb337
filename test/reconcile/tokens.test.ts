import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsHold } from '../../src/reconcile/mentions.ts';
import { tokenize } from '../../src/reconcile/tokens.ts';
import { params } from '../fuzz/corpus.ts';

/** The definition the tokenizer's loop implements: runs of letters, marks and digits, or one non-space character; runs holding a character of a script without spaces split per character. */
const NO_SPACE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\p{Script=Tibetan}';
function reference(text: string): { starts: number[]; ends: number[]; raws: string[] } {
  const out = { starts: [] as number[], ends: [] as number[], raws: [] as string[] };
  const add = (raw: string, at: number): void => {
    out.starts.push(at);
    out.ends.push(at + raw.length);
    out.raws.push(raw);
  };
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+|\S/gu)) {
    if (m[0].length > 1 && new RegExp(`[${NO_SPACE}]`, 'u').test(m[0])) {
      for (const part of m[0].matchAll(new RegExp(`[${NO_SPACE}]\\p{M}*|[^${NO_SPACE}]+`, 'gu'))) add(part[0], m.index + part.index);
    } else add(m[0], m.index);
  }
  return out;
}

const tokensOf = (text: string): { starts: number[]; ends: number[]; raws: string[] } => {
  const t = tokenize(text);
  return { starts: t.starts, ends: t.ends, raws: t.starts.map((s, i) => text.slice(s, t.ends[i])) };
};

const PIECES = ['Li', ' ', 'Ünal', '\u00a0', '\u3000', '中央', 'の', 'ไทย', 'e\u0301', '1990', '–', '’', '.', 'U.S.', '\t', '\n', '😀', '\ud800', '\udc00', 'Ⅻ', '٣', 'Σίσυφος', '\ufeff', 'x\u200by'];

describe('tokenize', () => {
  it('gives the tokens of its defining expression on the real documents', () => {
    for (const dir of ['seeds', 'fixtures/docs']) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        const text = readFileSync(`${dir}/${name}`, 'utf8');
        expect(tokensOf(text), name).toEqual(reference(text));
      }
    }
  });

  it('gives the tokens of its defining expression on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''))), (text) => {
        expect(tokensOf(text)).toEqual(reference(text));
      }),
      params(2_000),
    );
  });
});

describe('wordsHold', () => {
  it('says what tokenizing the name says, plain names or not', () => {
    const pieces = ['Wang', 'wang', 'WANG', 'Li', 'x1', '1990', 'of', 'Lü', 'lu', '王', '-', '.', "O'Brien", 'Café', ' ', '  '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (nameParts, textParts) => {
        const name = nameParts.join(' ');
        const words = new Set(tokenize(textParts.join(' ')).forms.map((f) => f.fold));
        expect(wordsHold(words, name)).toBe(tokenize(name).forms.every((f) => words.has(f.fold)));
      }),
      { numRuns: 500 },
    );
  });
});
