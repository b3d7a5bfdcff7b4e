import { pagerNumbers } from '../../src/collections/paginate.ts';
import type { Pager as PagerData } from '../../src/pages/plan.ts';
import { href } from '../../src/urls/permalinks.ts';
import type { Site } from '../../src/site.ts';

/** Numbered pagination with previous/next, labelled for assistive technology. Nothing when there is one page. */
export function Pager({ pager, site, label }: { pager: PagerData; site: Site; label: string }) {
  const total = pager.urls.length;
  if (total < 2) return null;
  const at = (n: number): string => href(site, pager.urls[n - 1] ?? pager.urls[0] ?? '/');
  return (
    <nav class="pager" aria-label={label}>
      <ul class="pager__list">
        {pager.current > 1 ? (
          <li>
            <a class="pager__prev" href={at(pager.current - 1)} rel="prev">
              ← Newer<span class="visually-hidden"> stories</span>
            </a>
          </li>
        ) : null}
        {pagerNumbers(pager.current, total).map((n) =>
          n === null ? (
            <li class="pager__gap" aria-hidden="true">
              …
            </li>
          ) : n === pager.current ? (
            <li>
              <a class="pager__page" href={at(n)} aria-current="page">
                <span class="visually-hidden">Page </span>
                {n}
              </a>
            </li>
          ) : (
            <li>
              <a class="pager__page" href={at(n)}>
                <span class="visually-hidden">Page </span>
                {n}
              </a>
            </li>
          ),
        )}
        {pager.current < total ? (
          <li>
            <a class="pager__next" href={at(pager.current + 1)} rel="next">
              Older<span class="visually-hidden"> stories</span> →
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
