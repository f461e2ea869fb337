/**
 * Places written in brackets after a body's name (`Ministry of Defence (UK)`), which tell it from
 * other bodies of that name. Abbreviations of countries are places, not other names of the body
 * (as `(MSS)` after `Ministry of State Security` is): the ones below, with the names they stand for.
 */
import { matchKey } from './normalise.ts';

const PLACE_ABBREVIATIONS: Record<string, readonly string[]> = {
  uk: ['United Kingdom', 'Britain', 'Great Britain'],
  us: ['United States', 'United States of America'],
  'u.s.': ['United States', 'United States of America'],
  usa: ['United States', 'United States of America'],
  'u.s.a.': ['United States', 'United States of America'],
  prc: ["People's Republic of China", 'China'],
  roc: ['Republic of China', 'Taiwan'],
  ussr: ['Soviet Union', 'Union of Soviet Socialist Republics'],
  rok: ['Republic of Korea', 'South Korea'],
  dprk: ["Democratic People's Republic of Korea", 'North Korea'],
  gdr: ['German Democratic Republic', 'East Germany'],
  frg: ['Federal Republic of Germany', 'West Germany', 'Germany'],
  uae: ['United Arab Emirates'],
  nz: ['New Zealand'],
  hk: ['Hong Kong'],
  hksar: ['Hong Kong'],
  eu: ['European Union'],
};

/** Whether a bracket's text is a country's abbreviation (`UK`, `U.S.`, `PRC`). */
export const isPlaceAbbreviation = (text: string): boolean => Object.hasOwn(PLACE_ABBREVIATIONS, text.trim().toLowerCase());

/** A place's match keys: as written, and the names its abbreviation stands for. */
function placeKeys(place: string): string[] {
  const code = place.trim().toLowerCase();
  const names = Object.hasOwn(PLACE_ABBREVIATIONS, code) ? PLACE_ABBREVIATIONS[code]! : [];
  return [place, ...names].map((p) => ` ${matchKey(p)} `);
}

/**
 * Whether a reference's place says it is another body than a subject of its name: the subject
 * has qualifiers (its title's, its jurisdiction) and none holds the place as words, nor is held
 * by it (`China` agrees with `People's Republic of China`, `UK` with `United Kingdom`; `India`
 * disagrees with `Japan`).
 */
export function placeDisagrees(place: string | undefined, qualifiers: readonly string[]): boolean {
  if (place === undefined || qualifiers.length === 0) return false;
  const wanted = placeKeys(place);
  return !qualifiers.some((q) => placeKeys(q).some((k) => wanted.some((w) => k.includes(w) || w.includes(k))));
}
