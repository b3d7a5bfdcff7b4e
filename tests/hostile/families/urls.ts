import { type HostileCase, story } from '../case.ts';

const at = 'posts/x.md';
const permalink = (name: string, value: string, says: string[]): HostileCase => ({ name, family: 'urls', files: { [at]: story({ permalink: value }) }, expect: { exit: 1, says: [at, '`permalink`', ...says] } });

/** Files and folders the build writes itself: a post there would be unreachable, overwritten or deleted. */
const generated: Array<[string, string]> = [
  ['/feed.xml', 'the site'],
  ['/rss.xml', 'rss.xml'],
  ['/feed.json', 'feed.json'],
  ['/sitemap.xml', 'sitemap.xml'],
  ['/news-sitemap.xml', 'news-sitemap.xml'],
  ['/robots.txt', 'robots.txt'],
  ['/_headers', '_headers'],
  ['/404.html', '404'],
  ['/category/news/', 'News'],
  ['/category/news/feed.xml', 'feed'],
  ['/author/a/', 'the author'],
  ['/2025/', '2025'],
  ['/', 'front page'],
];

export const urlCases: HostileCase[] = [
  permalink('a permalink that climbs out of the site is refused', '"/../../etc/cron.d/x"', ['".."']),
  permalink('a javascript: permalink is refused', '"javascript:alert(1)"', []),
  permalink('an absolute URL as permalink is refused', '"https://evil.example/x/"', []),
  permalink('a permalink with a query is refused', '"/x/?a=1"', []),
  permalink('a permalink with a control character is refused', '"/x/\\u0007/"', []),
  permalink('a permalink with a backslash is refused', '"/x\\\\..\\\\y/"', []),
  permalink('a permalink part longer than a file name may be is refused before anything is written', `"/news/${'a'.repeat(300)}/"`, ['300 bytes']),
  ...generated.map(([url, says]) => permalink(`a post at ${url}, which the build writes itself, collides naming both`, `"${url}"`, [url, says])),
  permalink('a post inside /assets/css/ is refused', '"/assets/css/site.css"', ['/assets/css/']),
  permalink('a post inside /assets/images/ is refused', '"/assets/images/x/"', ['/assets/images/']),
  permalink('a post inside /pagefind/ is refused', '"/pagefind/x/"', ['/pagefind/']),
  permalink('a post inside /PageFind/ in another case is refused too', '"/PageFind/x/"', ['/pagefind/']),
  {
    name: 'two posts on one URL collide naming both files',
    family: 'urls',
    files: { 'posts/2025-10-09-lead-copy.md': story({ permalink: '/2025/10/09/lead/' }) },
    expect: { exit: 1, says: ['posts/2025-10-09-lead', 'posts/2025-10-09-lead-copy.md', '/2025/10/09/lead/'] },
  },
  {
    name: 'URLs that differ only in case collide',
    family: 'urls',
    files: { 'posts/a.md': story({ permalink: '/Story/' }), 'posts/b.md': story({ permalink: '/story/' }) },
    expect: { exit: 1, says: ['posts/a.md', 'posts/b.md'] },
  },
  {
    name: 'a 300-character slug is cut at a word boundary and builds',
    family: 'urls',
    files: { [at]: story({ slug: `"${'word '.repeat(60).trim()}"` }) },
    expect: { exit: 0, publishes: [`2025/10/09/${Array(48).fill('word').join('-')}/index.html`] },
  },
  { name: 'a slug of dots and slashes stays one segment', family: 'urls', files: { [at]: story({ slug: '"../../.."' }) }, expect: { exit: 0, omits: ['../index.html'] } },
];
