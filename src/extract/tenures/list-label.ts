/**
 * A label line written over a list, as articles title a leader list without a `; Header` line:
 * `Directors:`, `'''Party Secretaries'''`, or `Deputy directors` right above the list.
 */
import type { RootContent } from 'mdast';
import { sourceOf } from '../source-text.ts';
import { withoutEmphasis } from '../../text/emphasis.ts';

/** At most this many words: a longer line is a sentence that introduces the list. */
const MAX_LABEL_WORDS = 6;

/** Words of a sentence that introduces a list (`The following served as directors:`), not of a label. */
const SENTENCE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'served', 'serve', 'serves', 'include',
  'includes', 'included', 'including', 'following', 'follows', 'below', 'listed', 'list', 'see', 'these',
  'this', 'they', 'it', 'he', 'she', 'who', 'which', 'there', 'here',
]);

/** Words that only say which of a post's holders follow (`Current:`, `Former:`): no post, the heading's stays. */
const WHICH_WORDS = new Set(['current', 'former', 'past', 'previous', 'incumbent', 'present', 'recent', 'earlier', 'other', 'others', 'notable', 'selected', 'and', 'holders', 'members']);

/**
 * The label the paragraph `node` gives the list `next` (its text without emphasis or a final
 * colon), else null: one line that reads as a label (see `labelOf`) and, unless it ends with a
 * colon or is emphasised, with no blank line below it.
 */
export function listLabel(text: string, node: RootContent, next: RootContent | undefined): string | null {
  if (node.type !== 'paragraph' || next?.type !== 'list') return null;
  const start = node.position?.start.line;
  const end = node.position?.end.line;
  if (start === undefined || start !== end) return null;
  return labelOf(sourceOf(text, node).trim(), next.position?.start.line === end + 1);
}

/**
 * The label a line of text writes (without emphasis or a final colon), else null: at most
 * MAX_LABEL_WORDS words with no digit and no sentence's end or words, not only words of
 * WHICH_WORDS, and ending with a colon or emphasised unless `close` (right over its list).
 */
export function labelOf(written: string, close: boolean): string | null {
  const colon = written.endsWith(':');
  const bare = withoutEmphasis(colon ? written.slice(0, -1).trimEnd() : written);
  const label = withoutEmphasis(bare.endsWith(':') ? bare.slice(0, -1).trimEnd() : bare);
  const marked = colon || bare !== written || label !== bare;
  if (!marked && !close) return null;
  if (label === '' || /[\d.!?;]$|[\d[\]{}|<>=]/u.test(label) || !/^\p{L}/u.test(label)) return null;
  const words = label.split(/\s+/u);
  if (words.length > MAX_LABEL_WORDS || words.some((word) => SENTENCE_WORDS.has(word.toLowerCase()))) return null;
  if (words.every((word) => WHICH_WORDS.has(word.toLowerCase()))) return null;
  return label;
}
