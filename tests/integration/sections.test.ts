/**
 * Sections, tags, authors, archives and the front page, built for real (issue #3). Page size 2 makes every
 * listing paginate with a handful of posts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findBrokenLinks } from '../../src/check/links.ts';
import { createFixtureSite, type FixtureSite, post } from '../helpers/fixture-site.ts';

const settings = {
  title: 'Fixture Times',
  url: 'https://fixture.example',
  timeZone: 'UTC',
  pageSize: 2,
  frontPage: { latest: 2, sections: 2, perSection: 2 },
  authors: {
    badely: { name: 'Bea Adeley', bio: 'Technology correspondent.', links: [{ label: 'Website', url: 'https://bea.example' }] },
    lchen: { name: 'Lin Chen' },
  },
};

const stories: Array<[file: string, frontMatter: string]> = [
  ['2025-10-01-chips.md', 'title: Chips\nauthor: badely\ncategories: [Technology]\ntags: [AI, chips]'],
  ['2025-10-02-models.md', 'title: Models\nauthor: badely\ncategories: [Technology]\ntags: [ai, chips]'],
  ['2025-10-03-robots.md', 'title: Robots\nauthor: lchen\ncategories: [Technology, Science]\ntags: [A.I.]'],
  ['2025-10-04-reefs.md', 'title: Reefs\nauthor: lchen\ncategories: [Science]\ntags: [oceans]'],
  ['2025-10-05-rates.md', 'title: Rates\nauthor: badely\ncategories: [Business]\ntags: [ai]\nfeatured: true'],
  ['2025-09-06-nosection.md', 'title: No section\nauthor: lchen'],
  ['2024-12-31-old.md', 'title: Old\ncategories: [Business]'],
];

describe('section, tag, author and archive pages', () => {
  let site: FixtureSite;
  let result: ReturnType<FixtureSite['build']>;
  before(() => {
    site = createFixtureSite(settings);
    for (const [file, frontMatter] of stories) site.write(`posts/${file}`, post(frontMatter));
    result = site.build();
  });
  after(() => site.dispose());

  test('builds and says which tag spellings it merged', () => {
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /merged tag "ai" \(\/ai\/\) also written "A\.I\.", "AI"/);
  });

  test('writes exactly the listing pages the posts call for, paginated without /page/1/ twins', () => {
    const listings = site.files().filter((file) => file.endsWith('.html') && /^(category|tag|author|categories|tags|authors|page|\d{4})\b/.test(file) && !/^\d{4}\/\d{2}\/\d{2}\//.test(file));
    assert.deepEqual(listings, [
      '2024/12/index.html',
      '2024/index.html',
      '2025/09/index.html',
      '2025/10/index.html',
      '2025/10/page/2/index.html',
      '2025/10/page/3/index.html',
      '2025/index.html',
      '2025/page/2/index.html',
      '2025/page/3/index.html',
      'author/badely/index.html',
      'author/badely/page/2/index.html',
      'author/lchen/index.html',
      'author/lchen/page/2/index.html',
      'authors/index.html',
      'categories/index.html',
      'category/business/index.html',
      'category/science/index.html',
      'category/technology/index.html',
      'category/technology/page/2/index.html',
      'page/2/index.html',
      'page/3/index.html',
      'tag/ai/index.html',
      'tag/ai/page/2/index.html',
      'tag/chips/index.html',
      'tag/oceans/index.html',
      'tags/index.html',
    ]);
  });

  test('a merged tag shows its most used spelling and all its stories', () => {
    const page1 = site.read('tag/ai/index.html');
    assert.ok(page1.includes('<h1 class="listing__heading">ai</h1>'), page1);
    assert.ok(page1.includes('<p class="listing__count">4 stories</p>'));
    assert.ok(page1.includes('<link rel="next" href="/tag/ai/page/2/"/>'));
    const page2 = site.read('tag/ai/page/2/index.html');
    assert.ok(page2.includes('<link rel="prev" href="/tag/ai/"/>'));
    assert.ok(page2.includes('<a class="pager__page" href="/tag/ai/page/2/" aria-current="page"><span class="visually-hidden">Page </span>2</a>'));
  });

  test('an author page carries the name, bio and links', () => {
    const html = site.read('author/badely/index.html');
    assert.ok(html.includes('<h1 class="listing__heading">Bea Adeley</h1>'));
    assert.ok(html.includes('<p class="author__bio">Technology correspondent.</p>'));
    assert.ok(html.includes('<a href="https://bea.example" rel="me">Website</a>'));
  });

  test('the indexes list every category, tag and author with counts', () => {
    assert.ok(site.read('categories/index.html').includes('<a href="/category/technology/">Technology</a> <span class="term-index__count">3 stories</span>'));
    assert.ok(site.read('tags/index.html').includes('<a href="/tag/chips/">chips</a> <span class="term-index__count">2 stories</span>'));
    assert.ok(site.read('authors/index.html').includes('<a href="/author/lchen/">Lin Chen</a> <span class="term-index__count">3 stories</span>'));
  });

  // Rates is featured, but months before the build's clock (featured leads for `frontPage.featuredHours`, issue #15):
  // it leads as the newest story.
  test('the front page leads with the newest story, then the latest, then section blocks', () => {
    const html = site.read('index.html');
    const lead = html.indexOf('card card--lead');
    assert.ok(lead > 0 && html.indexOf('>Rates</a>', lead) > lead && html.indexOf('>Rates</a>', lead) < html.indexOf('id="latest-heading"'));
    const latest = html.slice(html.indexOf('id="latest-heading"'), html.indexOf('id="section-1"'));
    assert.deepEqual([...latest.matchAll(/<h3 class="card__headline"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]), ['Reefs', 'Robots']);
    assert.ok(html.includes('<h2 class="block__heading" id="section-1"><a href="/category/technology/">Technology</a></h2>'));
    assert.ok(html.includes('<link rel="next" href="/page/2/"/>'));
  });

  test('a story links its sections, tags, author, neighbours in its first section and related stories', () => {
    const html = site.read('2025/10/02/models/index.html');
    assert.ok(html.includes('<a href="/category/technology/">Technology</a>'));
    assert.ok(html.includes('<a href="/tag/ai/">ai</a>'));
    assert.ok(html.includes('<a class="byline__author" href="/author/badely/" rel="author">Bea Adeley</a>'));
    assert.ok(html.includes('<a class="neighbours__previous" href="/2025/10/01/chips/" rel="prev"><span class="neighbours__label">Previous story</span> Chips</a>'));
    assert.ok(html.includes('<a class="neighbours__next" href="/2025/10/03/robots/" rel="next"><span class="neighbours__label">Next story</span> Robots</a>'));
    const related = html.slice(html.indexOf('id="related-heading"'));
    assert.equal(related.indexOf('>Chips</a>') > 0, true, 'shares a section and both tags: most related');
    assert.ok(related.indexOf('>Chips</a>') < related.indexOf('>Robots</a>'));
    assert.equal(related.includes('>Models</a>'), false, 'never itself');
    const articleEnd = html.indexOf('</article>');
    assert.ok(html.indexOf('<article class="story">') < articleEnd);
    assert.ok(articleEnd < html.indexOf('class="neighbours"') && articleEnd < html.indexOf('id="related-heading"'), 'neighbours and related stories stay out of the indexed article');
  });

  test('a story with no section is in no section page but in its archive', () => {
    assert.ok(site.exists('2025/09/06/nosection/index.html'));
    assert.ok(site.read('2025/09/index.html').includes('>No section</a>'));
    for (const file of site.files().filter((f) => f.startsWith('category/'))) assert.equal(site.read(file).includes('>No section</a>'), false, file);
  });

  test('every link on every page points at a page that exists', async () => {
    assert.deepEqual(await findBrokenLinks(site.out), []);
  });
});

describe('URLs that author input could make clash', () => {
  test("a post whose permalink takes a tag page's URL fails the build, naming both", () => {
    const site = createFixtureSite(settings);
    try {
      site.write('posts/2025-10-01-a.md', post('title: A\ntags: [ai]'));
      site.write('posts/2025-10-02-squatter.md', post('title: Squatter\npermalink: /tag/ai/'));
      const result = site.build();
      assert.equal(result.status, 1);
      assert.match(result.stdout + result.stderr, /posts\/2025-10-02-squatter\.md.*writes \/tag\/ai\/, and so does the tag "ai" \(\/tag\/ai\/\)|the tag "ai".*writes \/tag\/ai\/, and so does posts\/2025-10-02-squatter\.md/);
    } finally {
      site.dispose();
    }
  });
});
