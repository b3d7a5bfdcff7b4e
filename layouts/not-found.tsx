import type { NotFoundPage } from '../src/pages/plan.ts';
import { homeUrl, href, indexUrls, searchUrl } from '../src/urls/permalinks.ts';
import { Base, type Chrome } from './base.tsx';

/** Served by static hosts for any missing URL, so every link in it is absolute (with the path prefix). */
export function NotFound({ chrome, spec }: { chrome: Chrome; spec: NotFoundPage }) {
  const { site } = chrome;
  return (
    <Base chrome={chrome} title="Page not found" description="The page you asked for is not here." url={spec.url}>
      <article class="page">
        <h1>Page not found</h1>
        <p>The page you asked for is not here. It may have moved, or the address may be mistyped.</p>
        <ul>
          <li>
            <a href={href(site, homeUrl)}>Go to the front page</a>
          </li>
          <li>
            <a href={href(site, indexUrls.category)}>Browse the sections</a>
          </li>
          {chrome.search ? (
            <li>
              <a href={href(site, searchUrl)}>Search the stories</a>
            </li>
          ) : null}
        </ul>
      </article>
    </Base>
  );
}
