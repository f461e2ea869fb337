import { trimSeparators } from '../../text/trim.ts';
import type { Entry } from './entry.ts';

const LATIN = /\p{Script=Latin}/u;
/** A word of another script: letters and marks, with the joiners names use (`·`, `・`, `-`). */
const OTHER_SCRIPT_WORD = /^[\p{L}\p{M}·・'’-]+$/u;

/** `王毅` or `[王毅]`: a word in a script other than Latin (bracketed or not), else null. */
function otherScript(token: string): string | null {
  const word = token.startsWith('[') && token.endsWith(']') ? token.slice(1, -1) : token;
  return word !== '' && OTHER_SCRIPT_WORD.test(word) && !LATIN.test(word) ? word : null;
}

/**
 * `Wang Yi 王毅 (2013–2022)`, `Wang Yi [王毅] (…)`, `Sergey Lavrov Сергей Лавров (…)`: words in
 * another script written after a name in Latin letters, with no bracket of their own, are the
 * native name (when none was written in brackets); a dash, comma or slash between them is dropped.
 */
export function withNativeTail(entry: Entry): Entry {
  if (entry.nativeName !== null) return entry;
  const tokens = entry.person.split(' ');
  const native: string[] = [];
  let k = tokens.length;
  while (k > 1) {
    const word = otherScript(tokens[k - 1]!);
    if (word === null) break;
    native.push(word);
    k--;
  }
  // `Liu Huaqiu – 刘华秋`, `Liu Huaqiu / 刘华秋`: the sign between the two is no part of the name.
  const head = tokens.slice(0, k).join(' ').trimEnd();
  const person = trimSeparators(head.endsWith('/') ? head.slice(0, -1) : head);
  return native.length === 0 || !LATIN.test(person) ? entry : { ...entry, person, nativeName: native.reverse().join(' ') };
}
