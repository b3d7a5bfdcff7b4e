/**
 * Internal link check over a built site: every `href`, `src` and `srcset` entry that points inside the site must
 * resolve to a file in the output folder. Pure over an HTML string (`linksIn`, `resolveLink`); `findBrokenLinks`
 * is the file-system walk around it.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/** URLs a page links to or loads, in document order (`<a href>`, `<link href>`, `src`, each `srcset` entry). */
export function linksIn(html: string): string[] {
  const links: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const { href, src, srcset } = attributes;
      if (href !== undefined && (name === 'a' || name === 'link' || name === 'area')) links.push(href);
      if (src !== undefined) links.push(src);
      if (srcset !== undefined) {
        for (const candidate of srcset.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) links.push(url);
        }
      }
    },
  });
  parser.write(html);
  parser.end();
  return links;
}

/**
 * The file a link from `pageUrl` points at, relative to the output folder, or undefined for links that leave the
 * site (other origins, `mailto:`, in-page `#fragments`). `pathPrefix` is stripped; a link outside it is reported
 * as escaping.
 */
export function resolveLink(link: string, pageUrl: string, pathPrefix: string): { file: string } | { escapes: true } | undefined {
  if (link === '' || link.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) return undefined;
  const resolved = new URL(link, `http://site.invalid${pathPrefix}${pageUrl.replace(/^\//, '')}`);
  const pathname = decodeURIComponent(resolved.pathname);
  if (!pathname.startsWith(pathPrefix)) return { escapes: true };
  const inside = pathname.slice(pathPrefix.length);
  return { file: inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside };
}

export interface BrokenLink {
  /** The page holding the link, relative to the output folder. */
  readonly page: string;
  readonly link: string;
  readonly reason: string;
}

async function htmlFiles(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(full, base);
      return Promise.resolve(entry.name.endsWith('.html') ? [path.relative(base, full).split(path.sep).join('/')] : []);
    }),
  );
  return nested.flat().sort();
}

/** Every internal link of every HTML page under `outputDir` that does not resolve to a file there. */
export async function findBrokenLinks(outputDir: string, pathPrefix = '/'): Promise<BrokenLink[]> {
  const broken: BrokenLink[] = [];
  const seen = new Map<string, boolean>();
  for (const page of await htmlFiles(outputDir)) {
    const pageUrl = `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
    for (const link of linksIn(await readFile(path.join(outputDir, page), 'utf8'))) {
      const target = resolveLink(link, pageUrl, pathPrefix);
      if (target === undefined) continue;
      if ('escapes' in target) {
        broken.push({ page, link, reason: `leaves the site's path prefix ${pathPrefix}` });
        continue;
      }
      let exists = seen.get(target.file);
      if (exists === undefined) {
        const file = path.join(outputDir, target.file);
        exists = existsSync(file) && statSync(file).isFile();
        seen.set(target.file, exists);
      }
      if (!exists) broken.push({ page, link, reason: `no file ${target.file}` });
    }
  }
  return broken;
}
