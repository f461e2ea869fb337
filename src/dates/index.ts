export {
  type PartialDate,
  type Precision,
  type DateParts,
  SUB_YEAR,
  toEdtf,
  precisionOf,
  compareDates,
  edtfInterval,
  isCompleteDate,
  fillCompressed,
  daysInMonth,
} from './partial-date.ts';
export { type ScannedPhrase, type ScanOptions, parseDatePhrase, parsePartialDate, scanDatePhrase } from './date-phrase.ts';
export { type LeadingRange, parseLeadingRange } from './leading-range.ts';
export { type DateMention, findDates, createDateChrono } from './find-dates.ts';
export { type Sentence, splitSentences } from './sentences.ts';
export { isValidEdtf } from './edtf-valid.ts';
export { isLikelyBareYear } from './year-context.ts';
