/** HTML escaping and small builders shared by the report's HTML and SVG. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values (HTML and inline SVG alike). */
export function esc(value: string | number): string {
  // Lone surrogates would be written as U+FFFD anyway, and NUL and other C0 controls are parse
  // errors in HTML: both become U+FFFD here (one code unit for one, so columns stay put).
  return String(value)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** ` name="value"` pairs in the given order; `true` gives a bare attribute, false/null/undefined none. */
export function attrs(values: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === false || value === null || value === undefined) continue;
    out += value === true ? ` ${name}` : ` ${name}="${esc(value)}"`;
  }
  return out;
}

/** An element with already-rendered inner HTML. */
export function el(tag: string, attributes: Attrs, inner: string): string {
  return `<${tag}${attrs(attributes)}>${inner}</${tag}>`;
}

/** Lowercase ASCII slug: letters, digits, "_" and "-" (diacritics dropped); "x" when nothing is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'x' : slug;
}

/** Hands out unique slugs in call order: the second "a" becomes "a-2". */
export class SlugRegistry {
  private readonly used = new Set<string>();
  take(base: string): string {
    let slug = base;
    for (let n = 2; this.used.has(slug); n++) slug = `${base}-${n}`;
    this.used.add(slug);
    return slug;
  }
}

/** Code-unit string order: the same on every machine (no locale). */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A number for SVG coordinates: at most one decimal, no "-0", no trailing ".0". */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
