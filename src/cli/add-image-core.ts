/**
 * `npm run image`, the pure half: reads the arguments, decides whether a file name is an accepted photo, checks what
 * sharp found against it, and names the copy by the md5 of its bytes. `add-image.ts` reads, checks and copies.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from './args.ts';

export const addImageUsage = 'Usage: npm run image -- path/to/photo.jpg [--alt "What the photo shows"]';

/** A failed step: `usage` failures exit with 2 and print the usage line, the others exit with 1. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly usage: boolean; readonly message: string };

export interface AddImageRequest {
  /** The photo's path as typed. */
  readonly source: string;
  readonly alt?: string;
}

/** Extensions we keep, as written into `assets/images/`; `.jpeg` is written as `.jpg`. */
export const imageExtensions = ['jpg', 'png', 'webp', 'gif', 'avif'] as const;
export type ImageExtension = (typeof imageExtensions)[number];

const acceptedNames = '.jpg, .jpeg, .png, .webp, .gif or .avif';

/** What sharp's `metadata()` reports for each: AVIF is HEIF with AV1 compression. */
const sharpFormats: Readonly<Record<ImageExtension, { readonly format: string; readonly compression?: string; readonly label: string }>> = {
  jpg: { format: 'jpeg', label: 'JPEG' },
  png: { format: 'png', label: 'PNG' },
  webp: { format: 'webp', label: 'WebP' },
  gif: { format: 'gif', label: 'GIF' },
  avif: { format: 'heif', compression: 'av1', label: 'AVIF' },
};

const failure = (usage: boolean, message: string): Outcome<never> => ({ ok: false, usage, message });

export function readAddImageArgs(argv: readonly string[]): Outcome<AddImageRequest> {
  const { positional, flags } = parseArgs(argv, ['alt']);
  const unknown = [...flags.keys()].filter((flag) => flag !== 'alt');
  if (unknown.length > 0) return failure(true, `image: unknown option ${unknown.map((f) => `--${f}`).join(', ')}; the only option is --alt.`);
  if (positional.length !== 1) {
    const found = positional.length === 0 ? 'none' : `${positional.length} (${positional.map((p) => JSON.stringify(p)).join(', ')})`;
    return failure(true, `image: expected one photo to add; found ${found}. Run it once per photo, quoting paths that contain spaces.`);
  }
  const alt = flags.get('alt');
  if (alt === true || (alt !== undefined && alt.trim() === '')) {
    return failure(true, 'image: `--alt` needs a description after it; found nothing. Write `--alt "What the photo shows"`.');
  }
  const source = positional[0] ?? '';
  return { ok: true, value: alt === undefined ? { source } : { source, alt: alt.replace(/[\s\p{Cc}]+/gu, ' ').trim() } };
}

/** The extension the copy gets: lower-cased, `jpeg` → `jpg`; anything else is refused. */
export function imageExtension(source: string): Outcome<ImageExtension> {
  const raw = path.extname(source).slice(1).toLowerCase();
  const ext = raw === 'jpeg' ? 'jpg' : raw;
  const known = imageExtensions.find((candidate) => candidate === ext);
  if (known !== undefined) return { ok: true, value: known };
  const found = raw === '' ? 'a file name without an extension' : `a .${raw} file`;
  return failure(false, `image: ${source}: expected a ${acceptedNames} photo; found ${found}. Export it as JPEG (photos) or PNG (graphics) and run npm run image again.`);
}

/** What sharp said the bytes are; `undefined` fields when it could not tell. */
export interface DetectedFormat {
  readonly format?: string | undefined;
  readonly compression?: string | undefined;
}

/** Refuses a file whose bytes are not what its name says, so the copy's extension never lies to browsers or sharp. */
export function checkFormat(source: string, ext: ImageExtension, detected: DetectedFormat): Outcome<ImageExtension> {
  const expected = sharpFormats[ext];
  if (detected.format === expected.format && (expected.compression === undefined || detected.compression === expected.compression)) {
    return { ok: true, value: ext };
  }
  const actual = imageExtensions.find((candidate) => {
    const f = sharpFormats[candidate];
    return f.format === detected.format && (f.compression === undefined || f.compression === detected.compression);
  });
  if (actual === undefined) {
    const found = detected.format === undefined ? 'a format sharp cannot name' : `${detected.format}${detected.compression ? ` (${detected.compression})` : ''}`;
    return failure(false, `image: ${source}: expected ${/^[AEIOU]/.test(expected.label) ? 'an' : 'a'} ${expected.label} image, as its name says; found ${found}, which the site does not use. Export it as JPEG or PNG and run again.`);
  }
  const renamed = `${source.slice(0, source.length - path.extname(source).length)}.${actual}`;
  return failure(false, `image: ${source}: the name says ${expected.label} but the file is ${sharpFormats[actual].label}. Rename it to ${renamed} and run again.`);
}

export function md5Hex(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('hex');
}

export interface ImagePlan {
  /** From the site root: `assets/images/<md5>.jpg`. */
  readonly target: string;
  /** Front-matter lines to paste into a post. */
  readonly lines: readonly string[];
}

/** Names the copy by the md5 of its bytes (so a photo is stored once however often it is added). */
export function planImage(bytes: Uint8Array, ext: ImageExtension, alt: string | undefined): ImagePlan {
  const target = `assets/images/${md5Hex(bytes)}.${ext}`;
  // JSON strings are valid YAML double-quoted scalars, so any alt text round-trips.
  const lines = [`image: ${target}`, ...(alt === undefined ? [] : [`image_alt: ${JSON.stringify(alt)}`])];
  return { target, lines };
}
