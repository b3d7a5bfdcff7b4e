/**
 * The site icon's `<head>` links (issue #13), as https://evilmartians.com/chronicles/how-to-favicon-in-2021-six-files-that-fit-most-needs
 * gives them: favicon.ico for every browser (`sizes="32x32"`, so a browser that also finds larger icons does not
 * take the ICO for the best one), the Apple touch icon, which iOS reads only from a link, and the manifest, which
 * names the rest. Pure.
 */
import type { Site } from '../site.ts';
import { href } from '../urls/permalinks.ts';
import { appleTouchFile, faviconFile, manifestFile } from './plan.ts';

export interface IconLink {
  readonly rel: string;
  readonly href: string;
  readonly type?: string;
  readonly sizes?: string;
}

/** The links every page carries; none without an `icon` setting. */
export function iconLinks(site: Pick<Site, 'icon' | 'url' | 'pathPrefix'>): IconLink[] {
  if (site.icon === undefined) return [];
  return [
    { rel: 'icon', href: href(site, `/${faviconFile}`), sizes: '32x32' },
    { rel: 'apple-touch-icon', href: href(site, `/${appleTouchFile}`) },
    { rel: 'manifest', href: href(site, `/${manifestFile}`) },
  ];
}
