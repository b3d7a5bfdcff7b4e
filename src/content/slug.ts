/**
 * Slugs as Jekyll's `Utils.slugify` makes them, but Unicode-aware everywhere: letters and digits of every script
 * are kept (URLs carry them percent-encoded), so a Chinese or Arabic title never yields an empty slug.
 */
import { createHash } from 'node:crypto';

export type SlugMode = 'default' | 'pretty';

const separators: Record<SlugMode, RegExp> = {
  // Jekyll "default": everything but letters and digits becomes a hyphen.
  default: /[^\p{L}\p{M}\p{N}]+/gu,
  // Jekyll "pretty": also keeps ._~!$&'()+,;=@ (characters that are safe in a path segment).
  pretty: /[^\p{L}\p{M}\p{N}._~!$&'()+,;=@]+/gu,
};

/**
 * The longest slug, in UTF-8 bytes (issue #10: a 300-character `slug:` failed the build with ENAMETOOLONG). A file
 * name may hold 255 bytes; 240 leaves room for `.html` and keeps every slug Jekyll makes from a dated file name
 * (which can hold at most 255 − 11 − 3 bytes of slug). Longer slugs are cut at a word boundary.
 */
export const maxSlugBytes = 240;

export function slugify(text: string, mode: SlugMode = 'default', cased = false): string {
  // No Unicode normalization here: Jekyll keeps a decomposed (NFD) file name as it is in the URL, and links to the
  // old site must keep working. The collision check folds NFC and NFD together.
  const slug = capSlug(text.replace(separators[mode], '-').replace(/^-+|-+$/g, ''));
  return cased ? slug : slug.toLowerCase();
}

/** Cuts `slug` to `maxBytes` of UTF-8 at the last hyphen that keeps at least half of it, else at a character. */
export function capSlug(slug: string, maxBytes = maxSlugBytes): string {
  if (Buffer.byteLength(slug) <= maxBytes) return slug;
  let cut = '';
  for (const character of slug) {
    if (Buffer.byteLength(cut + character) > maxBytes) break;
    cut += character;
  }
  const boundary = cut.lastIndexOf('-');
  return (boundary >= cut.length / 2 ? cut.slice(0, boundary) : cut).replace(/-+$/, '');
}

/**
 * Symbols that carry meaning in names readers search for (`C++`, `C#`) are spelled out before slugging, so they
 * do not fold into `C`. Post slugs keep Jekyll's plain rules (imported URLs must not move); only terms use this.
 */
function spellSymbols(name: string): string {
  return name.replace(/\+/g, ' plus ').replace(/(?<=[\p{L}\p{N}])#/gu, ' sharp ');
}

/** The URL slug of a category, tag or author name: lower-cased, letters of every script kept, never empty. */
export function termSlug(name: string, kind: string): string {
  // NFKC first: full-width "Ｃ＋＋" from CJK keyboards is "C++".
  return slugify(spellSymbols(name.normalize('NFKC'))) || fallbackSlug(kind, name.normalize('NFC'));
}

/**
 * What makes two names the same term: case, punctuation and spacing do not count ("AI", "ai", "A.I." are one
 * term; "rare earths" and "rare-earths" too), letters, digits and spelled-out symbols do.
 */
export function termKey(name: string, kind: string): string {
  const letters = spellSymbols(name.normalize('NFKC')).toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
  return letters || fallbackSlug(kind, name.normalize('NFC'));
}

/** A stable, never-empty stand-in for names with no letters or digits (`"!!!"`, `"🔥"`). */
export function fallbackSlug(prefix: string, seed: string): string {
  return `${prefix}-${createHash('md5').update(seed).digest('hex').slice(0, 8)}`;
}

/**
 * Jekyll's `Utils.titleize_slug`: the slug split on `-`, each part capitalized as Ruby's `capitalize` does (first
 * letter upper case, the rest lower case), joined by spaces. So `UPPER-CASE` is `Upper Case`, `snake_case` stays one
 * word, and `double--dash` keeps its two spaces: imported posts keep the titles Jekyll gave them (issue #11).
 */
export function titleFromSlug(slug: string): string {
  const words = slug.split('-');
  // Ruby's String#split drops trailing empty fields (`trailing-dash-` is two words), not leading ones.
  while (words.length > 0 && words[words.length - 1] === '') words.pop();
  return words
    .map((word) => {
      const [first = '', ...rest] = [...word];
      return first.toUpperCase() + rest.join('').toLowerCase();
    })
    .join(' ');
}
