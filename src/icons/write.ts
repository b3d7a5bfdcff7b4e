/**
 * Writes the site icon's files (issue #13) into the output folder: favicon.ico, the PNGs and the manifest.
 *
 * The source is read the way the image pipeline reads a site image (inside the site only, its md5 name checked,
 * `images.maxPixels` enforced) and decoded once. The images are cached by content like the pipeline's variants,
 * in their own folder, `<imageCache>/icons/<md5>/<key>/`, which the pipeline's prune leaves alone (it looks only
 * at folders named like an md5); a rebuild with the same image and background copies them without a decode.
 * Everything is made before anything is written, and each file appears whole.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageError, type Problem } from '../errors.ts';
import { readSiteBytes, SiteFileError } from '../files/read-plain.ts';
import { realRoot } from '../files/site-root.ts';
import { ImageCache, writeAtomically } from '../images/cache.ts';
import { describeFault, type Fault, FaultError, faultOf } from '../images/faults.ts';
import { decode, type Decoded, PIPELINE_VERSION, PixelError, readHeader } from '../images/pipeline.ts';
import type { SourceInfo } from '../images/types.ts';
import type { Site } from '../site.ts';
import { drawIconSet } from './draw.ts';
import { webManifestText } from './manifest.ts';
import { faviconFile, iconKey, manifestFile, pngRecipes } from './plan.ts';
import { settingsFile, sourceWarnings } from './warnings.ts';

/** Bump when draw.ts or plan.ts changes the bytes of an icon, so cached icons are drawn again. */
export const ICON_VERSION = 1;

export interface IconOptions {
  readonly site: Site;
  /** The site root, which holds the icon's source. */
  readonly root: string;
  /** The output folder: the files land at the root of the path prefix. */
  readonly output: string;
  /** The image cache folder (BuildOptions.imageCache). */
  readonly cacheDir: string;
}

export interface IconResult {
  readonly written: number;
  readonly warnings: Problem[];
}

/** The images of one source, by file name, and what its header and pixels said. */
interface IconSet {
  readonly info: SourceInfo;
  readonly files: ReadonlyMap<string, Buffer>;
}

const md5 = (bytes: Uint8Array): string => createHash('md5').update(bytes).digest('hex');

/** The image files of the set, by name, as they are cached. */
const imageFiles = (): string[] => [faviconFile, ...pngRecipes().map((recipe) => recipe.fileName)];

function faultOfRead(error: unknown): Fault {
  if (!(error instanceof SiteFileError)) return { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  if (error.reason === 'outside' || error.reason === 'missing') return { kind: error.reason };
  return { kind: 'unreadable', detail: error.detail };
}

function iconError(fault: Fault, sitePath: string, options: IconOptions): ImageError {
  const { message, fix } = describeFault(fault, sitePath, options.site.images.maxPixels, options.cacheDir);
  return new ImageError('The site icon cannot be made:', [{ file: settingsFile, field: 'icon', message: `names ${sitePath}, which ${message}`, fix }]);
}

/**
 * Writes every file of `planIconFiles(site)`; nothing without an `icon` setting. Throws an ImageError naming the
 * `icon` setting when its image cannot be read or decoded; writes nothing then.
 */
export async function writeIcons(options: IconOptions): Promise<IconResult> {
  const { site } = options;
  const sitePath = site.icon;
  if (sitePath === undefined) return { written: 0, warnings: [] };
  let bytes: Buffer;
  try {
    bytes = await readSiteBytes(realRoot(options.root), sitePath);
  } catch (error) {
    throw iconError(faultOfRead(error), sitePath, options);
  }
  const hash = md5(bytes);
  const cache = new ImageCache(path.join(options.cacheDir, 'icons'), ICON_VERSION);
  const key = iconKey(ICON_VERSION, PIPELINE_VERSION, site.manifest.backgroundColor);
  let made: IconSet;
  try {
    made = (await fromCache(cache, hash, key)) ?? (await draw(cache, hash, key, bytes, site));
    // Checked again for a cached set: the limit may have been lowered since.
    if (made.info.width * made.info.height > site.images.maxPixels) throw new FaultError({ kind: 'too-many-pixels', width: made.info.width, height: made.info.height });
  } catch (error) {
    throw iconError(faultOf(error), sitePath, options);
  }
  const files: Array<readonly [string, string | Uint8Array]> = [...made.files, [manifestFile, webManifestText(site)]];
  await Promise.all(files.map(([name, data]) => writeAtomically(path.join(options.output, name), data)));
  await cache.prune();
  return { written: files.length, warnings: sourceWarnings(sitePath, hash, made.info, site) };
}

/** The source's description and every image of the set, when an earlier build cached them all. */
async function fromCache(cache: ImageCache, hash: string, key: string): Promise<IconSet | undefined> {
  const info = await cache.readSource(hash);
  if (info === undefined) return undefined;
  const files = new Map<string, Buffer>();
  for (const name of imageFiles()) {
    try {
      files.set(name, await readFile(cache.filePath(hash, key, name)));
    } catch {
      return undefined; // Missing or unreadable: a miss, and the set is drawn again.
    }
  }
  return { info, files };
}

/** One decode, every image drawn from it, and the lot stored in the cache. */
async function draw(cache: ImageCache, hash: string, key: string, bytes: Buffer, site: Site): Promise<IconSet> {
  const header = await readHeader(bytes);
  const { maxPixels } = site.images;
  if (header.width * header.height > maxPixels) throw new FaultError({ kind: 'too-many-pixels', width: header.width, height: header.height });
  let decoded: Decoded;
  try {
    decoded = await decode(bytes, maxPixels);
  } catch (error) {
    throw error instanceof PixelError && error.fault === 'too-many-pixels' ? new FaultError({ kind: 'too-many-pixels', width: header.width, height: header.height }) : error;
  }
  const info: SourceInfo = { hash, width: decoded.width, height: decoded.height, hasAlpha: decoded.hasAlpha, animated: header.animated, format: header.format };
  const files = await drawIconSet(decoded, site.manifest.backgroundColor);
  for (const [name, data] of files) await cache.write(hash, key, name, data);
  await cache.writeSource(info);
  return { info, files };
}
