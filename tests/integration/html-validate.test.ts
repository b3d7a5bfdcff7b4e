/**
 * Every page of a built site is valid HTML (issue #6): html-validate's recommended rules over each .html file of a
 * fixture site that has every kind of page (stories with lead and body images, sections, tags, authors with
 * avatars, archives, pagination, a standalone page, a non-ASCII URL, the 404 page). Errors are listed as
 * `file:line:column rule message`, all at once.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { defaultImageSettings } from '../../src/images/types.ts';
import { createFixtureSite, type FixtureSite, post, tinyJpegName } from '../helpers/fixture-site.ts';
import { builtPageRules } from '../helpers/html-rules.ts';
import { addDrawnPhoto } from '../helpers/photo.ts';

const settings = {
  title: 'Fixture Times',
  description: 'Reporting on fixtures.',
  url: 'https://fixture.example',
  timeZone: 'UTC',
  pageSize: 2,
  frontPage: { latest: 2, sections: 2, perSection: 2 },
  images: { ...defaultImageSettings(), widths: [320, 640] },
  authors: {
    badely: { name: 'Bea Adeley', bio: 'Technology correspondent.', avatar: `assets/images/${tinyJpegName}`, links: [{ label: 'Website', url: 'https://bea.example' }] },
    lchen: { name: 'Lin Chen' },
  },
};

const body = (photo: string): string =>
  [
    'A first paragraph with a [link to another story](/2025/10/02/models/) and *emphasis*.',
    '## A subheading',
    `![A drawn skyline at dusk](/assets/images/${photo} "A caption-like title")`,
    '1. First\n2. Second',
    '> A quotation.\n> — Someone',
    '| Year | Tonnes |\n| --- | ---: |\n| 2024 | 240 |\n| 2025 | 210 |',
    '```\nconst rareEarths = 17;\n```',
    '---',
    'Last paragraph with `code` and a line  \nbreak.',
  ].join('\n\n');

const stories = (photo: string): Array<[file: string, frontMatter: string, text?: string]> => [
  ['2025-10-01-chips.md', `title: Chips\nauthor: badely\ncategories: [Technology]\ntags: [AI, chips]\nimage: assets/images/${photo}\nimage_alt: A skyline\nimage_caption: The skyline at dusk`, body(photo)],
  ['2025-10-02-models.md', 'title: "Models & \\"quotes\\" <b>"\nauthor: badely\ncategories: [Technology]\ntags: [ai]'],
  ['2025-10-03-robots.md', `title: Robots\nauthor: lchen\ncategories: [Technology, Science]\ntags: [AI, robots]\nimage: assets/images/${tinyJpegName}\nimage_alt: A robot`],
  ['2025-10-04-reefs.md', 'title: Reefs\nauthor: lchen\ncategories: [Science]\ntags: [oceans]\nfeatured: true\nlast_modified_at: 2025-10-05 09:00:00 +0000'],
  ['2025-10-10-稀土出口.md', 'title: 稀土出口\ncategories: [World]\ntags: [稀土]\ndate: 2025-10-10'],
  ['2024-12-31-old.md', 'title: Old\ncategories: [Business]'],
  // Breaking at the fixtures' BUILD_TIME (2026-01-01T00:00Z): the front page's strip and every other masthead's line.
  ['2025-12-31-storm.md', 'title: "Breaking: Storm closes the port"\ndate: 2025-12-31T21:00:00Z\ncategories: [World]'],
  ['2025-12-31-flood.md', 'title: Flood warning\nbreaking: true\ndate: 2025-12-31T20:00:00Z\ncategories: [World]'],
];

describe('html-validate over every page of a built site', () => {
  let site: FixtureSite;
  let pages: string[];
  before(async () => {
    site = createFixtureSite(settings);
    const photoName = await addDrawnPhoto(site);
    for (const [file, frontMatter, text] of stories(photoName)) site.write(`posts/${file}`, post(frontMatter, text));
    site.write('posts/about.md', post('title: About us\nlayout: page\npermalink: /about/\ndate: 2025-01-01', 'Who we are.'));
    const result = site.build();
    assert.equal(result.status, 0, result.stderr);
    pages = site.files().filter((file) => file.endsWith('.html'));
  });
  after(() => site.dispose());

  test('the fixture has every kind of page', () => {
    for (const page of [
      'index.html',
      'page/2/index.html',
      '2025/10/01/chips/index.html',
      '2025/10/10/稀土出口/index.html',
      'category/technology/index.html',
      'category/technology/page/2/index.html',
      'tag/ai/index.html',
      'author/badely/index.html',
      '2025/index.html',
      '2025/10/index.html',
      'categories/index.html',
      'tags/index.html',
      'authors/index.html',
      'about/index.html',
      '404.html',
    ]) {
      assert.ok(pages.includes(page), `${page} in ${pages.join(', ')}`);
    }
    assert.ok(site.read('index.html').includes('<section class="breaking" id="breaking"'), 'the breaking strip');
    assert.ok(site.read('404.html').includes('<section class="breaking-line"'), "the masthead's breaking line");
  });

  test('every page is valid HTML (html-validate:recommended)', async () => {
    const validator = new HtmlValidate(builtPageRules);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(path.join(site.out, page));
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    assert.deepEqual(errors, []);
  });
});
