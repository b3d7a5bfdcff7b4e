import type { ComponentChildren } from 'preact';
import { absoluteUrl, homeUrl, href } from '../src/pages/permalinks.ts';
import type { Site } from '../src/site.ts';

export interface BaseProps {
  site: Site;
  /** Page title without the site name. Empty on the home page. */
  title: string;
  description: string;
  /** The page's own URL path, for the canonical link. */
  url: string;
  children: ComponentChildren;
}

/** The HTML shell every page shares: head, skip link, masthead, main, footer. Works without JavaScript. */
export function Base({ site, title, description, url, children }: BaseProps) {
  const fullTitle = title === '' ? site.title : `${title} | ${site.title}`;
  return (
    <html lang={site.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={absoluteUrl(site, url)} />
        <link rel="stylesheet" href={href(site, '/assets/css/site.css')} />
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="masthead">
          <a class="masthead__title" href={href(site, homeUrl)}>
            {site.title}
          </a>
        </header>
        <main id="main">{children}</main>
        <footer class="footer">
          <p>
            © {site.title}. {site.description}
          </p>
        </footer>
      </body>
    </html>
  );
}
