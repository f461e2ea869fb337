/** Words written where a list or field would name a person, naming nobody (`Vacant`, `None`, `TBD`, `Position abolished`). */
const NOBODY = /^(?:vacant|vacancy|none|nobody|unknown|abolished|position abolished|post abolished|n\/a|tbd|tba|to be (?:announced|determined)|office (?:vacant|abolished))$/iu;

export function namesNobody(name: string): boolean {
  return NOBODY.test(name.trim());
}
