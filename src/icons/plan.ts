/**
 * The site icon's files (issue #13), planned: what one image becomes, where each file goes and how each is drawn.
 * Pure; `draw.ts` executes the recipes, `write.ts` caches and writes them.
 *
 * The set is the modern minimal one (https://evilmartians.com/chronicles/how-to-favicon-in-2021-six-files-that-fit-most-needs):
 * favicon.ico for tabs and bookmarks, an opaque apple-touch-icon.png for iOS home screens, 192 and 512 pixel PNGs
 * for the manifest, and a maskable 512 for Android's shaped launcher icons.
 */
import type { Site } from '../site.ts';

/** How one square PNG is drawn from the source, always shown whole (fitted, never cropped). */
export interface IconRecipe {
  readonly fileName: string;
  /** Width and height, in pixels. */
  readonly size: number;
  /**
   * `transparent`: the source's transparency kept, and nothing where a non-square source does not reach (a tab or
   * launcher shows through). `opaque`: laid on `manifest.backgroundColor`, for places that fill transparency with
   * black (iOS) or mask the icon into a shape (Android).
   */
  readonly backdrop: 'transparent' | 'opaque';
  /** Empty pixels on each side, inside which the source is fitted. */
  readonly margin: number;
}

/** What a manifest icon is for (https://www.w3.org/TR/appmanifest/#purpose-member). */
export type IconPurpose = 'any' | 'maskable';

export const faviconFile = 'favicon.ico';
export const manifestFile = 'manifest.webmanifest';
export const appleTouchFile = 'apple-touch-icon.png';

/** favicon.ico's entries: 16 for standard tabs, 32 for high-density ones and the Windows taskbar. */
export const faviconSizes: readonly number[] = [16, 32];

/**
 * The maskable icon's margin. A launcher may mask it to any shape that keeps the circle of radius 40% of its size
 * (https://www.w3.org/TR/appmanifest/#icon-masks), so the fitted source's whole box lies inside that circle: a square of
 * side at most 0.8/√2 of the icon. Rounded up, so the box never reaches past the circle.
 */
export function maskableMargin(size: number): number {
  return Math.ceil((size - (size * 0.8) / Math.SQRT2) / 2);
}

/** The PNGs, each with its purpose in the manifest (the Apple touch icon is linked from pages instead). */
export function pngRecipes(): ReadonlyArray<IconRecipe & { readonly purpose?: IconPurpose }> {
  return [
    // iOS fills transparency with black and rounds the corners itself.
    { fileName: appleTouchFile, size: 180, backdrop: 'opaque', margin: 0 },
    { fileName: 'icon-192.png', size: 192, backdrop: 'transparent', margin: 0, purpose: 'any' },
    { fileName: 'icon-512.png', size: 512, backdrop: 'transparent', margin: 0, purpose: 'any' },
    { fileName: 'icon-maskable-512.png', size: 512, backdrop: 'opaque', margin: maskableMargin(512), purpose: 'maskable' },
  ];
}

/** The PNGs favicon.ico holds, drawn like the manifest's `any` icons. */
export function faviconRecipes(): IconRecipe[] {
  return faviconSizes.map((size) => ({ fileName: `favicon-${size}.png`, size, backdrop: 'transparent', margin: 0 }));
}

/** One file the icon set writes, as the URL-collision check (src/pages/collisions.ts `PlannedOutput`) takes it. */
export interface IconFile {
  /** Prefix-free URL path, as src/urls/permalinks.ts spells URLs: `/favicon.ico`. */
  readonly url: string;
  /** Relative to the output folder (which is the path prefix's folder): `favicon.ico`. */
  readonly outputPath: string;
  readonly source: string;
}

export const iconSource = 'the site icon';

/** Every file `writeIcons` writes for `site`; none without an `icon` setting. */
export function planIconFiles(site: Pick<Site, 'icon'>): readonly IconFile[] {
  if (site.icon === undefined) return [];
  const names = [faviconFile, ...pngRecipes().map((recipe) => recipe.fileName), manifestFile];
  return names.map((name) => ({ url: `/${name}`, outputPath: name, source: iconSource }));
}

/** The cache key of a source's icons besides its md5: what else decides their bytes. Readable: `v1-p1-bgffffff`. */
export function iconKey(iconVersion: number, pipelineVersion: number, backgroundColor: string): string {
  return `v${iconVersion}-p${pipelineVersion}-bg${expandHex(backgroundColor).slice(1)}`;
}

/** `#FfF` → `#ffffff`: one spelling per colour, for cache keys and for sharp. */
export function expandHex(colour: string): string {
  const digits = colour.replace(/^#/, '').toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits}`;
}
