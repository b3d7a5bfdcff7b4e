/**
 * Where the search bundle lives on the published site (issue #6): Pagefind writes it to `<output>/pagefind/`, so a
 * site under `/news/` serves it at `/news/pagefind/`. Pure, so layouts and tests can ask without running Pagefind.
 *
 * The search page loads only Pagefind's JavaScript API (`pagefind.js`, issue #15): assets/js/search.js draws the
 * results as the site's own cards, so Pagefind's default UI (`pagefind-ui.js`, `pagefind-ui.css`), which Pagefind
 * still writes into the bundle, is never loaded.
 */
import { href } from '../urls/permalinks.ts';
import { normalizePathPrefix } from '../site.ts';

/** The bundle's folder inside the output folder. */
export const pagefindFolder = 'pagefind';

export interface PagefindAssets {
  /** Pagefind's JavaScript API, an ES module the search script imports: `/news/pagefind/pagefind.js`. */
  readonly library: string;
  /** The bundle folder, with its slash: `/news/pagefind/`; the API's `basePath` option. */
  readonly bundlePath: string;
  /** The path prefix itself, `/news/` or `/`: the API's `baseUrl` option (see src/search/pagefind.ts). */
  readonly baseUrl: string;
}

/** The URLs of the search bundle under a path prefix (`/news/`, `news`, `/` or ``), spelled like every site link. */
export function pagefindAssets(pathPrefix: string): PagefindAssets {
  const site = { url: '', pathPrefix: normalizePathPrefix(pathPrefix) };
  const bundlePath = href(site, `/${pagefindFolder}/`);
  return { library: `${bundlePath}pagefind.js`, bundlePath, baseUrl: href(site, '/') };
}
