/**
 * Where the search bundle lives on the published site (issue #6): Pagefind writes it to `<output>/pagefind/`, so a
 * site under `/news/` serves it at `/news/pagefind/`. Pure, so layouts and tests can ask without running Pagefind.
 */
import { href } from '../urls/permalinks.ts';
import { normalizePathPrefix } from '../site.ts';

/** The bundle's folder inside the output folder. */
export const pagefindFolder = 'pagefind';

export interface PagefindAssets {
  /** `<script src>` of the default search UI: `/news/pagefind/pagefind-ui.js`. */
  readonly script: string;
  /** Its stylesheet: `/news/pagefind/pagefind-ui.css`. */
  readonly stylesheet: string;
  /** The bundle folder, with its slash: `/news/pagefind/`; the UI's `bundlePath` option. */
  readonly bundlePath: string;
  /** The path prefix itself, `/news/` or `/`: the UI's `baseUrl` option (see src/search/pagefind.ts). */
  readonly baseUrl: string;
}

/** The URLs of the search UI's files under a path prefix (`/news/`, `news`, `/` or ``), spelled like every site link. */
export function pagefindAssets(pathPrefix: string): PagefindAssets {
  const site = { url: '', pathPrefix: normalizePathPrefix(pathPrefix) };
  const bundlePath = href(site, `/${pagefindFolder}/`);
  return {
    script: `${bundlePath}pagefind-ui.js`,
    stylesheet: `${bundlePath}pagefind-ui.css`,
    bundlePath,
    baseUrl: href(site, '/'),
  };
}
