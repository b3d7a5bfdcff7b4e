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

export function slugify(text: string, mode: SlugMode = 'default', cased = false): string {
  const slug = text.normalize('NFC').replace(separators[mode], '-').replace(/^-+|-+$/g, '');
  return cased ? slug : slug.toLowerCase();
}

/** A stable, never-empty stand-in for names with no letters or digits (`"!!!"`, `"🔥"`). */
export function fallbackSlug(prefix: string, seed: string): string {
  return `${prefix}-${createHash('md5').update(seed).digest('hex').slice(0, 8)}`;
}

/** `rare-earths_export` → `Rare Earths Export`, Jekyll's `titleize_slug`. */
export function titleFromSlug(slug: string): string {
  return slug
    .split(/[-_\s]+/)
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
