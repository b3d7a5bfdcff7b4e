import type { IndexPage } from '../src/pages/plan.ts';
import { href } from '../src/urls/permalinks.ts';
import { Base, type Chrome } from './base.tsx';

/** Every category, tag or author, with how many stories each has. */
export function IndexLayout({ chrome, spec }: { chrome: Chrome; spec: IndexPage }) {
  const { site } = chrome;
  return (
    <Base chrome={chrome} title={spec.heading} description={`${spec.heading} of ${site.title}, with the number of stories in each.`} url={spec.url}>
      <h1 class="listing__heading">{spec.heading}</h1>
      {spec.entries.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul class="term-index">
          {spec.entries.map((entry) => (
            <li>
              <a href={href(site, entry.url)}>{entry.name}</a> <span class="term-index__count">{entry.count === 1 ? '1 story' : `${entry.count} stories`}</span>
            </li>
          ))}
        </ul>
      )}
    </Base>
  );
}
