/**
 * What the icon's source makes the build warn about (issue #13): nothing stops the icons being made, but the owner
 * should know what they will look like. Pure.
 */
import type { Problem } from '../errors.ts';
import { imagesDir } from '../images/plan.ts';
import type { SourceInfo } from '../images/types.ts';
import type { Site } from '../site.ts';

/** The largest icon: a source smaller than this is enlarged. */
const largest = 512;

/** Where the problems of the `icon` setting are reported: its value may come from src/site.ts or a JSON file. */
export const settingsFile = 'the site settings';

export function sourceWarnings(sitePath: string, hash: string, info: Pick<SourceInfo, 'width' | 'height' | 'animated'>, site: Pick<Site, 'manifest'>): Problem[] {
  const warnings: Problem[] = [];
  const warn = (message: string, fix: string): void => void warnings.push({ file: settingsFile, field: 'icon', message: `names ${sitePath}, which ${message}`, fix });
  const extension = /\.[^./]*$/.exec(sitePath)?.[0] ?? '';
  const named = sitePath.slice(sitePath.lastIndexOf('/') + 1, sitePath.length - extension.length).toLowerCase();
  // Names are the md5 of the content (`npm run image` writes them so); one that is not was edited in place.
  if (/^[0-9a-f]{32}$/.test(named) && named !== hash) {
    warn(
      `is named for the md5 ${named}, but its content hashes to ${hash}: the file was changed after it was added.`,
      `Add the changed image with \`npm run image\` and use the path it prints (${imagesDir}/${hash}${extension}), so its name says what it holds.`,
    );
  }
  const size = `${info.width}x${info.height}`;
  if (info.width !== info.height) {
    warn(
      `is ${size}, not square: every icon shows it whole, centred in a square, on ${site.manifest.backgroundColor} (\`manifest.backgroundColor\`) in the Apple touch icon and the maskable icon and on nothing in the others.`,
      `Crop it to a square of at least ${largest}x${largest} and add that with \`npm run image\`, so the icons are filled.`,
    );
  }
  if (Math.max(info.width, info.height) < largest) {
    warn(`is ${size}: the ${largest}x${largest} icons are enlarged from it and look soft.`, `Use an image at least ${largest} pixels on each side.`);
  }
  if (info.animated) warn('is animated: the icons show its first frame.', 'Use a still image to silence this warning.');
  return warnings;
}
