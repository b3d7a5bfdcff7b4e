/**
 * The web app manifest (issue #13; https://www.w3.org/TR/appmanifest/), written beside the icons. Pure.
 *
 * `display` is `minimal-ui`: an installed news site keeps the browser's back and reload buttons and its address to
 * share, since its pages have no navigation of an app's own; a browser without it falls back to `browser`.
 */
import type { Site } from '../site.ts';
import { href } from '../urls/permalinks.ts';
import { pngRecipes } from './plan.ts';

type ManifestSite = Pick<Site, 'title' | 'description' | 'language' | 'url' | 'pathPrefix' | 'manifest'>;

export function webManifest(site: ManifestSite): Record<string, unknown> {
  const { shortName, themeColor, backgroundColor } = site.manifest;
  const icons = pngRecipes().flatMap((recipe) =>
    recipe.purpose === undefined ? [] : [{ src: href(site, `/${recipe.fileName}`), sizes: `${recipe.size}x${recipe.size}`, type: 'image/png', purpose: recipe.purpose }],
  );
  return {
    // The start URL is the identity browsers give an installed site; said once, so moving it later keeps the install.
    id: site.pathPrefix,
    name: site.title,
    short_name: shortName ?? site.title,
    ...(site.description === '' ? {} : { description: site.description }),
    lang: site.language,
    start_url: site.pathPrefix,
    scope: site.pathPrefix,
    display: 'minimal-ui',
    background_color: backgroundColor,
    ...(themeColor === undefined ? {} : { theme_color: themeColor }),
    icons,
  };
}

export function webManifestText(site: ManifestSite): string {
  return `${JSON.stringify(webManifest(site), null, 2)}\n`;
}
