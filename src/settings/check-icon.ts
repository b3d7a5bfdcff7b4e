/**
 * The `icon` and `manifest` settings (issue #13): the image the favicons and the web app manifest are made from,
 * and the manifest's names and colours. Every problem is named by its path (`manifest.themeColor`).
 */
import { describeValue, type Problem } from '../errors.ts';
import { textComplaint } from './text.ts';
import { type Complaint, sitePathComplaint } from './url-rules.ts';
import { isPlainObject } from './plain-object.ts';

/** What the image pipeline decodes (src/images/pipeline.ts), by file extension. */
const rasterExtension = /\.(png|jpe?g|webp|avif|gif|tiff?)$/i;

const exportFix = 'Export it as a square PNG of at least 512x512, add that with `npm run image -- <file>` and write the path it prints.';

/** `assets/images/<md5>.png`: a raster image inside the site. */
export function iconComplaint(value: unknown): Complaint | undefined {
  const path = sitePathComplaint(value);
  if (path !== undefined) return path;
  const text = value as string;
  if (/\.svg$/i.test(text)) {
    return { message: `must be a raster image (PNG, JPEG, WebP, AVIF, GIF or TIFF); found ${JSON.stringify(text)}, an SVG, which the icons cannot be drawn from yet.`, fix: exportFix };
  }
  if (!rasterExtension.test(text)) {
    return { message: `must be a PNG, JPEG, WebP, AVIF, GIF or TIFF image, named with its extension; found ${JSON.stringify(text)}.`, fix: exportFix };
  }
  return undefined;
}

/** `#1a1a1a` or `#fff`: opaque, and read the same by the manifest, `<meta name="theme-color">` and the icon drawing. */
export function hexColourComplaint(value: unknown): Complaint | undefined {
  if (typeof value === 'string' && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value)) return undefined;
  return { message: `must be a hex colour such as "#1a1a1a" or "#fff"; found ${describeValue(value)}.`, fix: 'Write it as "#" and three or six hex digits.' };
}

export function checkIconSettings(settings: Readonly<Record<string, unknown>>, source: string): Problem[] {
  const problems: Problem[] = [];
  const report = (field: string, complaint: Complaint | undefined): void => {
    if (complaint !== undefined) problems.push({ file: source, field, ...complaint });
  };
  if (settings['icon'] !== undefined) report('icon', iconComplaint(settings['icon']));
  const manifest = settings['manifest'];
  if (!isPlainObject(manifest)) {
    report('manifest', { message: `must be { shortName, themeColor, backgroundColor }; found ${describeValue(manifest)}.`, fix: 'Give only the members to change, e.g. { "themeColor": "#1a1a1a" }.' });
    return problems;
  }
  if (manifest['shortName'] !== undefined) report('manifest.shortName', textComplaint(manifest['shortName'], { required: true, oneLine: true }));
  if (manifest['themeColor'] !== undefined) report('manifest.themeColor', hexColourComplaint(manifest['themeColor']));
  report('manifest.backgroundColor', hexColourComplaint(manifest['backgroundColor']));
  return problems;
}
