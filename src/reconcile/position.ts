import { displayName, matchKey, splitTrailingParen } from './normalise.ts';

/**
 * Position headers (`; Director of the Foreign Affairs Office of the State Council`, or the
 * heading above a leader list): the post (role) and the bodies the header names.
 *
 * Rule: the header is split at its first " of ". The part before must hold a post word
 * (Director, Minister, Head, Chair, Secretary, President, …) and the part after, without a
 * leading "the" and a trailing "(…)", must hold an organisation word (Office, Commission,
 * Committee, Ministry, Department, Bureau, Council, Group, Agency, Chancellery, …). Then that part
 * is the body: `Director of the Foreign Affairs Office of the State Council` → `Foreign Affairs
 * Office of the State Council`. `Minister of State Security`, `Minister of Foreign Affairs` and
 * `Secretary of State` name a portfolio, not a body (no organisation word): no body. A body
 * written as `A and the B` (both with an organisation word) gives two bodies; the first is the
 * tenure's organization. All scanning is by words: linear, no backtracking.
 */

const POST_WORDS = new Set(
  'director directors minister ministers head heads chair chairs chairman chairmen chairwoman chairperson chairpersons secretary secretaries secretary-general president presidents chief chiefs leader leaders commissioner commissioners administrator administrators governor governors commander commanders chancellor chancellors premier premiers principal rector dean speaker speakers procurator procurator-general superintendent controller comptroller registrar coordinator convener convenor spokesperson spokesman advisor adviser advisors advisers officer officers manager managers provost warden'.split(' '),
);

const ORG_WORDS = new Set(
  'office offices commission committee ministry department bureau bureaus council group agency administration chancellery secretariat party government court procuratorate bank assembly congress league army corps service authority board institute academy university federation union cabinet parliament senate directorate division section center centre foundation organization organisation association company corporation police directorate-general inspectorate garrison command headquarters'.split(' '),
);

const SINGULAR: Readonly<Record<string, string>> = {
  directors: 'director', ministers: 'minister', heads: 'head', chairs: 'chair', chairmen: 'chairman', chairpersons: 'chairperson',
  secretaries: 'secretary', presidents: 'president', chiefs: 'chief', leaders: 'leader', commissioners: 'commissioner',
  administrators: 'administrator', governors: 'governor', commanders: 'commander', chancellors: 'chancellor', premiers: 'premier',
  speakers: 'speaker', advisors: 'advisor', advisers: 'adviser', officers: 'officer', managers: 'manager',
};

/** Headers of posts held by several people at once: deputies, members, … (no overlap check). */
const MULTI_WORDS = new Set(
  'deputy deputies vice member members membership associate associates staff councillors councilors judges justices representatives delegates senators spokespersons spokesmen officials assistants'.split(' '),
);

const words = (text: string): string[] => matchKey(text).split(/[\s/,;:()]+/u).filter((w) => w !== '');

export interface ParsedPosition {
  /** The post, normalised and singular ("Directors" → "director"). */
  role: string;
  /** Bodies named by the header, as written (display form). */
  bodies: string[];
}

function stripThe(text: string): string {
  return /^the\s/iu.test(text) ? text.slice(4).trim() : text;
}

const hasOrgWord = (text: string): boolean => words(text).some((w) => ORG_WORDS.has(w));

/** Splits at " and the " (case-insensitive), by indexOf: linear. */
function splitAndThe(text: string): string[] {
  const lower = text.toLowerCase();
  const parts: string[] = [];
  let at = 0;
  for (let i = lower.indexOf(' and the '); i !== -1; i = lower.indexOf(' and the ', i + 1)) {
    parts.push(text.slice(at, i));
    at = i + ' and the '.length;
  }
  parts.push(text.slice(at));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const singularRole = (text: string): string => words(text).map((w) => SINGULAR[w] ?? w).join(' ');

export function parsePosition(header: string): ParsedPosition {
  const text = displayName(header);
  const at = text.toLowerCase().indexOf(' of ');
  if (at > 0) {
    const title = text.slice(0, at);
    const titleWords = title.toLowerCase().split(/[\s-]+/u);
    const isPost = titleWords.some((w) => POST_WORDS.has(w)) || POST_WORDS.has(titleWords.join('-'));
    if (isPost) {
      const body = splitTrailingParen(stripThe(text.slice(at + 4).trim())).head;
      const whole = hasOrgWord(body) ? [body] : [];
      const parts = splitAndThe(body).map((p) => splitTrailingParen(stripThe(p)).head);
      const bodies = parts.length > 1 && parts.every(hasOrgWord) ? parts : whole;
      if (bodies.length > 0) return { role: singularRole(title), bodies };
    }
  }
  return { role: singularRole(splitTrailingParen(text).head), bodies: [] };
}

/** Ranks before `Minister` that keep the ministry (`Vice Minister of Foreign Affairs`, `State Minister of Defense`, `Union Minister of Finance`). */
const MINISTER_RANKS = new Set(['vice', 'deputy', 'assistant', 'acting', 'executive', 'senior', 'parliamentary', 'junior', 'state', 'union']);
/** Words before `Minister` that the ministry's name has too (`Federal Minister` → `Federal Ministry`); any other (`Prime`, `Chief`, `First`) names no ministry. */
const MINISTRY_WORDS = new Set(['federal', 'imperial', 'royal']);
/** Words before `Minister` that name no other post in the ministry. */
const SAME_POST = new Set(['federal', 'imperial', 'royal', 'union', 'acting']);

/**
 * The ministry a minister's post names as a portfolio, and the post in it, when the header names no body (see
 * `parsePosition`): `Minister of Foreign Affairs` → `Ministry of Foreign Affairs`, `Ministers
 * of State Security` → `Ministry of State Security`, `Federal Minister for the Interior` →
 * `Federal Ministry for the Interior`; ranks before `Minister` are left out. Null for any other
 * header (`Prime Minister of Japan`), and for `Minister of State for …` (a rank) or a portfolio
 * that names a body.
 */
export function portfolioMinistry(header: string): { ministry: string; role: string } | null {
  const text = displayName(header);
  const m = /^(.*?)\b(ministers?)\s+(of|for)\s+(.+)$/iu.exec(text);
  if (m === null) return null;
  const before = m[1]!.trim().split(/\s+/u).filter((w) => w !== '' && !MINISTER_RANKS.has(w.toLowerCase()));
  if (before.some((w) => !MINISTRY_WORDS.has(w.toLowerCase()))) return null;
  const portfolio = splitTrailingParen(m[4]!.trim()).head;
  if (portfolio === '' || /^state\s+for\s/iu.test(portfolio) || hasOrgWord(portfolio) || /[,;]/u.test(portfolio)) return null;
  // The post in the ministry: `vice minister` of `Vice Minister of Foreign Affairs`; `minister` of `Union` or `Federal Minister`, or an acting one.
  const rank = m[1]!.trim().split(/\s+/u).filter((w) => w !== '' && !SAME_POST.has(w.toLowerCase()));
  return { ministry: [...before, 'Ministry', m[3]!.toLowerCase(), portfolio].join(' '), role: singularRole([...rank, m[2]!].join(' ')) };
}

/** True when the header is a post held by one person at a time (see MULTI_WORDS). */
export function isSingleHolder(header: string): boolean {
  return !words(header).some((w) => MULTI_WORDS.has(w));
}
