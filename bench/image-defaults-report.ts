/**
 * The image-defaults bench's verdict (issue #14), pure: which file a browser downloads for a story's lead image at a
 * few screens, and the table that puts those bytes beside each candidate's CPU time per photo.
 */
import { table } from './report.ts';

/**
 * A screen, as the lead image's slot on a story page: the post layout's `sizes` is `(min-width: 44rem) 40rem, 100vw`,
 * so a phone shows it at the viewport's width and a desktop at 40rem (640 CSS px); times the device pixel ratio.
 * The widest slot of all is the home page's lead card (post-card.tsx, 46rem from 64rem up) on a 2x desktop.
 */
export interface Screen {
  readonly label: string;
  /** Device pixels the slot needs. */
  readonly devicePixels: number;
}

export const screens: readonly Screen[] = [
  { label: '375 px 2x', devicePixels: 375 * 2 },
  { label: '1280 px 1x', devicePixels: 640 },
  { label: '1280 px 2x', devicePixels: 640 * 2 },
  { label: 'home lead 2x', devicePixels: 736 * 2 },
];

/** One file a candidate made for one photo. */
export interface MadeFile {
  readonly format: string;
  readonly width: number;
  readonly bytes: number;
}

/**
 * What a browser fetches from a `<picture>`: the first `<source>` format it reads (every current browser reads AVIF
 * and WebP), and from its `srcset` the narrowest width that fills the slot, else the widest there is.
 */
export function downloaded(files: readonly MadeFile[], formats: readonly string[], devicePixels: number): MadeFile | undefined {
  const format = formats.find((candidate) => files.some((file) => file.format === candidate));
  const offered = files.filter((file) => file.format === format).sort((a, b) => a.width - b.width);
  return offered.find((file) => file.width >= devicePixels) ?? offered.at(-1);
}

export interface CandidateResult {
  readonly name: string;
  readonly photos: number;
  readonly filesPerPhoto: number;
  /** CPU (user + system, every thread) per photo, making every file of the set and the placeholder. */
  readonly cpuMsPerPhoto: number;
  /** Mean bytes downloaded per photo, one entry per `screens` entry. */
  readonly bytesAt: readonly number[];
}

/** Mean bytes per photo a browser downloads at each screen. */
export function bytesAtScreens(perPhoto: readonly (readonly MadeFile[])[], formats: readonly string[]): number[] {
  return screens.map((screen) => {
    const total = perPhoto.reduce((sum, files) => sum + (downloaded(files, formats, screen.devicePixels)?.bytes ?? 0), 0);
    return perPhoto.length === 0 ? 0 : total / perPhoto.length;
  });
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

export function formatImageDefaults(results: readonly CandidateResult[], budgetMs: number, size: string): string {
  const photos = results[0]?.photos ?? 0;
  return table([
    [`candidate (${photos} photos of ${size}; lead image bytes at each screen)`, 'files', 'CPU-s/photo', ...screens.map((screen) => screen.label), `<= ${budgetMs / 1000} CPU-s`],
    ...results.map((result) => [
      result.name,
      String(result.filesPerPhoto),
      (result.cpuMsPerPhoto / 1000).toFixed(2),
      ...result.bytesAt.map(kB),
      result.cpuMsPerPhoto <= budgetMs ? 'yes' : 'no',
    ]),
  ]);
}
