/**
 * The URL Jekyll 4.3 gives a page (a file with front matter outside `_posts/`, such as `about.md`), for `{% link %}`
 * (issue #12): its `permalink:`, else Jekyll's Page#template: `/:path/` for an index, `/:path/:basename` with the
 * site permalink's suffix (`/` for `pretty` or a pattern ending in `/`, `.html` for `date`, `ordinal`, `none`, or a
 * pattern ending in `:output_ext`) for HTML output, and `/:path/:basename:output_ext` for anything else. Pure.
 */
import path from 'node:path';
import { markdownExtensions } from './post-files.ts';

function suffixFor(sitePermalink: string): string {
  if (sitePermalink === 'pretty') return '/';
  if (['date', 'ordinal', 'none', 'weekdate'].includes(sitePermalink)) return '.html';
  if (sitePermalink.endsWith('/')) return '/';
  return sitePermalink.endsWith(':output_ext') ? '.html' : '';
}

export function jekyllPageUrl(sitePath: string, permalink: string | undefined, sitePermalink: string): string {
  const extension = path.posix.extname(sitePath);
  const outputExt = markdownExtensions.includes(extension.slice(1).toLowerCase()) || /^\.html?$/i.test(extension) ? '.html' : extension;
  const folder = path.posix.dirname(sitePath) === '.' ? '' : path.posix.dirname(sitePath);
  const basename = path.posix.basename(sitePath, extension);
  const values: Record<string, string> = { path: folder, basename, output_ext: outputExt };
  const template = permalink !== undefined && permalink !== ''
    ? permalink
    : outputExt !== '.html' ? '/:path/:basename:output_ext'
    : basename === 'index' ? '/:path/'
    : `/:path/:basename${suffixFor(sitePermalink)}`;
  const url = template.replace(/:(path|basename|output_ext)/g, (_, name: string) => values[name] ?? '');
  return `/${url}`.replace(/\/{2,}/g, '/');
}
