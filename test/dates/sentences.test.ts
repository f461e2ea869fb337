import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/dates/index.ts';
import { proseParagraphs } from './doc-text.ts';

const texts = (p: string): string[] => splitSentences(p).map((s) => s.text);

describe('splitSentences on document paragraphs', () => {
  it('keeps `Harry S. Truman` inside its sentence', () => {
    const p = proseParagraphs('fixtures/docs/016_united_states_national_security_council.txt')[1];
    expect(texts(p ?? '')).toEqual([
      'The council was created by the National Security Act of 1947, which President Harry S. Truman signed on July 26, 1947.',
      'It held its first meeting on September 26, 1947.',
    ]);
  });

  it('keeps `Robert C. O\'Brien` and `U.S.` inside their sentence', () => {
    const p = proseParagraphs('fixtures/docs/016_united_states_national_security_council.txt')[2] ?? '';
    expect(texts(p)).toEqual([
      'The national security advisor is appointed by the president and does not require confirmation by the Senate.',
      'Michael Flynn resigned on February 13, 2017, after only 24 days in office, and Keith Kellogg served briefly as acting advisor.',
      'Robert C. O\'Brien, who had been the U.S. special presidential envoy for hostage affairs, succeeded John Bolton in September 2019.',
    ]);
  });

  it('keeps `p. 12` and `ch. 3` inside their sentence, and ends one at `p.` before a word', () => {
    expect(texts('It was founded in 1949 (see p. 12). It grew (ch. 3). Wang signed it in 1950.')).toEqual([
      'It was founded in 1949 (see p. 12).',
      'It grew (ch. 3).',
      'Wang signed it in 1950.',
    ]);
    expect(texts('Its code was p. The code changed in 1990.')).toEqual(['Its code was p.', 'The code changed in 1990.']);
  });

  it('trims the non-breaking space Segmenter leaves in a sentence tail', () => {
    const p = proseParagraphs('seeds/000_1f1d3acaa8eb629d.txt').find((l) => l.startsWith('During the Cultural Revolution')) ?? '';
    const got = splitSentences(p);
    expect(got.map((s) => s.text)).toEqual([
      'During the Cultural Revolution, the Central Foreign Affairs Group was abolished.',
      'In June 1970, the State Council streamlined its institutions and abolished the State Council Foreign Affairs Office, with its operations incorporated into the Ministry of Foreign Affairs.',
      'In 1981, the CCP Central Committee decided to restore the Central Foreign Affairs Leading Group with Li Xiannian as group leader and Wan Li as deputy group leader.',
      'In 1988, according to the State Council Institutional Reform Plan adopted at the first session of the 7th National People\'s Congress, the State Council Foreign Affairs Office was established to take charge of the specific affairs of the Central Foreign Affairs Leading Group.',
      'In August 1998, the CCP Central Committee and the State Council decided to abolish the State Council Foreign Affairs Office and establish the Central Foreign Affairs Office.',
      'The Central Foreign Affairs Office, as the office of the Central Foreign Affairs Leading Group, was included in the sequence of agencies directly under the CCP Central Committee.',
    ]);
    for (const s of got) expect(p.slice(s.index, s.index + s.text.length)).toBe(s.text);
  });

  it('keeps a quotation with its sentence boundaries', () => {
    const p = proseParagraphs('seeds/000_1f1d3acaa8eb629d.txt').find((l) => l.startsWith('The Plan for Deepening')) ?? '';
    const got = texts(p);
    expect(got[0]).toMatch(/^The Plan for Deepening .* Central Foreign Affairs Commission\.$/);
    expect(got.every((s) => s === s.trim())).toBe(true);
  });
});

describe('splitSentences: abbreviations and initials', () => {
  it.each([
    ['Mr. Smith met Mrs. Jones and Dr. Brown.'],
    ['He lived on St. James Street.'],
    ['It happened on Jan. 5, 1990 in the city.'],
    ['It was signed in Dec. 1990 by both.'],
    ['He held No. 5 for years.'],
    ['Gen. Lee, Lt. Dan, Col. Mustard, Sen. Smith and Rep. Jones met.'],
    ['Martin Luther King Jr. Day is a holiday.'],
    ['Acme Inc. Board members met at Acme Co. Headquarters and Foo Ltd. Offices.'],
    ['Smith vs. Jones was decided.'],
    ['Some states, e.g. Ohio, i.e. the big ones, agreed.'],
    ['Apples, pears, etc. were sold.'],
    ['He was born c. 1950 and died ca. 2010 in Rome.'],
    ['President Harry S. Truman signed it.'],
    ['Robert C. O\'Brien succeeded him.'],
    ['J.R.R. Tolkien wrote it.'],
    ['The U.S. President and the U.K. Prime Minister met.'],
  ])('%s is one sentence', (p) => {
    expect(texts(p)).toEqual([p]);
  });

  it.each([
    ['He moved to the U.S. The next year he left.', ['He moved to the U.S.', 'The next year he left.']],
    ['They sold apples, pears, etc. Then they left.', ['They sold apples, pears, etc.', 'Then they left.']],
    ['It ended World War I. The peace followed.', ['It ended World War I.', 'The peace followed.']],
    ['He was born in X. Gen. Lee won.', ['He was born in X.', 'Gen. Lee won.']],
    ['One.  Two!\u00a0Three?\u200b Four.', ['One.', 'Two!', 'Three?', 'Four.']],
  ])('%s splits', (p, expected) => {
    expect(texts(p)).toEqual(expected);
  });

  it('keeps reference marks with the sentence they follow', () => {
    expect(texts('Formed in 1949.[1][2] Wang Yi leads it.[citation needed] Next one.')).toEqual(['Formed in 1949.[1][2]', 'Wang Yi leads it.[citation needed]', 'Next one.']);
    expect(texts('It moved to the U.S.[a] The office stayed. One.[b] Two.')).toEqual(['It moved to the U.S.[a]', 'The office stayed.', 'One.[b]', 'Two.']);
    // After an abbreviation that never ends a sentence, or a bracket that is no mark: as before.
    expect(texts('He met Mr.[a] Smith. See [the list]. Then.')).toEqual(['He met Mr.[a] Smith.', 'See [the list].', 'Then.']);
  });

  it('returns nothing for blank input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \u00a0\n ')).toEqual([]);
  });
});

describe('splitSentences properties', () => {
  const piece = fc.constantFrom(
    'Mr.', 'U.S.', 'S.', 'etc.', 'Jan.', 'the', 'He', 'left', '1990', '.', '!', '?', ' ', '  ', '\u00a0',
    '\n', '"', ')', 'e.g.', 'No.', 'It', 'ended', 'War', 'I.', 'Truman', 'in', '\u200b',
  );
  it('every sentence is a trimmed, ordered, non-overlapping slice covering all the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 40 }).map((a) => a.join(' ')), fc.string({ maxLength: 200 })), (p) => {
        const got = splitSentences(p);
        let last = 0;
        let covered = '';
        for (const s of got) {
          expect(s.text.length).toBeGreaterThan(0);
          expect(p.slice(s.index, s.index + s.text.length)).toBe(s.text);
          expect(s.index).toBeGreaterThanOrEqual(last);
          expect(/^[\s\u200b]|[\s\u200b]$/u.test(s.text)).toBe(false);
          last = s.index + s.text.length;
          covered += s.text;
        }
        const strip = (t: string) => t.replace(/[\s\u200b\u200c\u200d\u2060\ufeff]/gu, '');
        expect(strip(covered)).toBe(strip(p));
      }),
      { numRuns: 500 },
    );
  });
});
