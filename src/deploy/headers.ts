/**
 * `_headers` for Netlify and Cloudflare Pages (issue #5): content-addressed images are cached for a year and never
 * revalidated; pages, stylesheets and feeds get a short cache, since they change under the same URL.
 *
 * The two hosts merge overlapping rules differently. Netlify serves the most specific rule's value of a header,
 * Cloudflare joins the values of every matching rule with commas unless a rule detaches the inherited header with
 * `! Cache-Control`, a line Netlify rejects. So the detach line is written except on Netlify builds (NETLIFY=true).
 */
import type { GeneratedFile } from '../seo/files.ts';
import { textContentType } from '../seo/files.ts';

export interface HeadersOptions {
  /** `/` or `/news/`: the rules match request paths, which carry it. */
  readonly pathPrefix: string;
  /** Netlify rejects Cloudflare's detach syntax. */
  readonly netlify: boolean;
}

export const immutable = 'public, max-age=31536000, immutable';
export const shortCache = 'public, max-age=300, must-revalidate';

export function headersFile(options: HeadersOptions): string {
  const prefix = options.pathPrefix;
  return [
    '# Written by Broadsheet. Pages, stylesheets and feeds: five minutes, then revalidate.',
    `${prefix}*`,
    `  Cache-Control: ${shortCache}`,
    '  X-Content-Type-Options: nosniff',
    '',
    '# Images are named by the md5 of their content (<md5>-<width>.<format>): a URL never changes what it serves.',
    `${prefix}assets/images/*`,
    ...(options.netlify ? [] : ['  ! Cache-Control']),
    `  Cache-Control: ${immutable}`,
    '',
  ].join('\n');
}

export function planHeaders(options: HeadersOptions): GeneratedFile {
  return { url: '/_headers', outputPath: '_headers', source: 'the hosting headers', contentType: textContentType, render: () => headersFile(options) };
}
