import type { Link } from '../../src/pages/plan.ts';
import { href } from '../../src/urls/permalinks.ts';
import type { Site } from '../../src/site.ts';

/** A labelled list of links to category or tag pages. */
export function Terms({ label, links, site }: { label: string; links: readonly Link[]; site: Site }) {
  if (links.length === 0) return null;
  return (
    <div class="terms">
      <span class="terms__label">{label}:</span>{' '}
      <ul class="terms__list">
        {links.map((link) => (
          <li>
            <a href={href(site, link.url)}>{link.name}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
