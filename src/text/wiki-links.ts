/**
 * Wiki links written in a name: `[[Zhou Enlai]]`, `[[Chen Yi (marshal)|Chen Yi]]`. The link's
 * text is what the page shows: the label after `|`, else the target.
 */
const LINK = /\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g;

/** The text with each wiki link replaced by what it shows; unchanged when it holds none. */
export function withoutWikiLinks(text: string): string {
  if (!text.includes('[[')) return text;
  return text.replace(LINK, (_link, target: string, label: string | undefined) => (label ?? target).trim());
}
