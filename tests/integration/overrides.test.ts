/**
 * Issue #13, overrides without forking: a site's `theme/layouts/` replaces the generator's layouts and components
 * by name, for that site only; a broken override stops the build with a message naming it, before anything is
 * written.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createFixtureSite, type FixtureSite, post, repoRoot } from '../helpers/fixture-site.ts';

const settings = { title: 'Overridden', url: 'https://overridden.example', timeZone: 'UTC', search: false, authors: { jd: { name: 'Jane Doe' } } };
const story = post('title: A\ncategories: [World]\nauthor: jd');

/** Wraps the original byline; its attribute comes from a helper of the theme, outside theme/layouts/. */
const byline = `import { Byline as Original, type BylineProps } from 'broadsheet/layouts/components/byline.tsx';
import { mark } from '../../lib/mark.ts';

export function Byline(props: BylineProps) {
  return <div data-override={mark('byline')}><Original {...props} /></div>;
}
`;

/** Replaces the 404 page, inside the generator's own Base. */
const notFound = `import { Base, type Chrome } from 'broadsheet/layouts/base.tsx';
import type { NotFoundPage } from 'broadsheet/src/pages/plan.ts';
import { homeUrl, href } from 'broadsheet/src/urls/permalinks.ts';

export function NotFound({ chrome, spec }: { chrome: Chrome; spec: NotFoundPage }) {
  return (
    <Base chrome={chrome} title="Lost" description="Nothing here." url={spec.url}>
      <p data-override="not-found">Nothing here. <a href={href(chrome.site, homeUrl)}>Home</a></p>
    </Base>
  );
}
`;

/** Every file under the generator's layouts/, with its bytes. */
function generatorLayouts(): string {
  const hash = createHash('sha256');
  const files = readdirSync(path.join(repoRoot, 'layouts'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  for (const file of files.map((entry) => path.join(entry.parentPath, entry.name)).sort()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

let site: FixtureSite;
let plain: FixtureSite;
let layoutsBefore: string;
before(() => {
  layoutsBefore = generatorLayouts();
  site = createFixtureSite(settings);
  site.write('posts/2025-10-01-a.md', story);
  site.write('theme/lib/mark.ts', 'export const mark = (name: string): string => `site:${name}`;\n');
  site.write('theme/layouts/components/byline.tsx', byline);
  site.write('theme/layouts/not-found.tsx', notFound);
  const built = site.build();
  assert.equal(built.status, 0, built.stdout + built.stderr);
  plain = createFixtureSite(settings);
  plain.write('posts/2025-10-01-a.md', story);
  const builtPlain = plain.build();
  assert.equal(builtPlain.status, 0, builtPlain.stdout + builtPlain.stderr);
});
after(() => {
  site.dispose();
  plain.dispose();
});

describe("a site's theme/layouts/ (issue #13)", () => {
  test('a component override wraps the original wherever a layout uses it: the story page and the front page', () => {
    assert.match(
      site.read('2025/10/01/a/index.html'),
      /<div data-override="site:byline"><p class="byline">By <a class="byline__author" href="\/author\/jd\/" rel="author">Jane Doe<\/a> · <time datetime="2025-10-01T00:00:00Z">1 October 2025<\/time>/,
    );
    assert.match(site.read('index.html'), /<div data-override="site:byline"><p class="byline">/);
  });

  test("a layout override replaces the page, inside the generator's Base", () => {
    const html = site.read('404.html');
    assert.match(html, /<main id="main"><p data-override="not-found">Nothing here\. <a href="\/">Home<\/a><\/p><\/main>/);
    assert.match(html, /<title>Lost/);
    assert.doesNotMatch(html, /The page you asked for is not here/);
  });

  test('a site without overrides, built in the same run, has the originals', () => {
    assert.doesNotMatch(plain.read('2025/10/01/a/index.html'), /data-override/);
    assert.match(plain.read('2025/10/01/a/index.html'), /<p class="byline">By <a class="byline__author"/);
    assert.match(plain.read('404.html'), /<h1>Page not found<\/h1>/);
  });

  test("the generator's layouts are left as they were", () => {
    assert.equal(generatorLayouts(), layoutsBefore);
  });

  test('an override with a syntax error fails the build naming the file, without a trace, the site untouched', () => {
    const before = site.fingerprint();
    site.write('theme/layouts/components/byline.tsx', byline.replace('</div>;', '</div;'));
    const result = site.build();
    site.write('theme/layouts/components/byline.tsx', byline);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stderr, /theme\/layouts\/components\/byline\.tsx:\d+: does not compile: Expected ">" but found ";"/);
    assert.doesNotMatch(result.stderr, /^ {4}at /m);
    assert.equal(site.fingerprint(), before);
  });

  test('an override that lacks an export of its original fails the build naming both, the site untouched', () => {
    const before = site.fingerprint();
    site.write('theme/layouts/not-found.tsx', notFound.replace('export function NotFound', 'export function Missing'));
    const result = site.build();
    site.write('theme/layouts/not-found.tsx', notFound);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(
      result.stderr,
      /theme\/layouts\/not-found\.tsx: does not export NotFound, which layouts\/not-found\.tsx exports; .* export \{ NotFound \} from 'broadsheet\/layouts\/not-found\.tsx';/,
    );
    assert.doesNotMatch(result.stderr, /^ {4}at /m);
    assert.equal(site.fingerprint(), before);
  });
});
