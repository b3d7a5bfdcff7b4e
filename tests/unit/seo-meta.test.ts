/**
 * A page's head metadata (issue #5): title, description, canonical (paginated pages canonical to themselves),
 * `lang`, Open Graph and Twitter tags; `article` with its times, section and tags on stories.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { articleInfo, type MetaTag, type OgImage, pageMeta } from '../../src/seo/meta.ts';
import { resolveSite } from '../../src/site.ts';
import { markdown, postFrom, siteIn } from './support.ts';

const site = siteIn('Europe/London', { language: 'en-GB' });
const ogImage: OgImage = { url: 'https://news.example.com/assets/images/0123456789abcdef0123456789abcdef-og.jpg', alt: 'Ore on a conveyor', width: 1200, height: 630 };

const story = postFrom(
  'posts/2025-07-01-rare-earths.md',
  markdown(['title: Rare earths', 'date: 2025-07-01T09:30:00+01:00', 'last_modified_at: 2025-07-02T08:00:00Z', 'categories: [Technology]', 'tags: [trade, China]', 'description: Why magnets matter.']),
  { site },
);

/** `property=content` / `name=content`, in order. */
const pairs = (tags: readonly MetaTag[]): string[] => tags.map((tag) => ('property' in tag ? `${tag.property}=${tag.content}` : `${tag.name}=${tag.content}`));

describe('pageMeta on a story', () => {
  const meta = pageMeta({ site, url: story.url, title: story.title, description: story.description, image: ogImage, article: articleInfo(story) });

  test('title, description, canonical and lang', () => {
    assert.deepEqual([meta.title, meta.description, meta.canonical, meta.lang], ['Rare earths | The Test Gazette', 'Why magnets matter.', 'https://news.example.com/2025/07/01/rare-earths/', 'en-GB']);
  });

  test('Open Graph article with times in ISO 8601 with offset, section, each tag, the 1200x630 image; a large Twitter card', () => {
    assert.deepEqual(pairs(meta.tags), [
      'og:site_name=The Test Gazette',
      'og:type=article',
      'og:title=Rare earths',
      'og:description=Why magnets matter.',
      'og:url=https://news.example.com/2025/07/01/rare-earths/',
      `og:image=${ogImage.url}`,
      'og:image:width=1200',
      'og:image:height=630',
      'og:image:alt=Ore on a conveyor',
      'article:published_time=2025-07-01T09:30:00+01:00',
      'article:modified_time=2025-07-02T09:00:00+01:00',
      'article:section=Technology',
      'article:tag=trade',
      'article:tag=China',
      'twitter:card=summary_large_image',
      'twitter:title=Rare earths',
      'twitter:description=Why magnets matter.',
      `twitter:image=${ogImage.url}`,
      'twitter:image:alt=Ore on a conveyor',
    ]);
  });

  test('without last_modified_at the modified time is the published time; site-wide term names can be given', () => {
    const plain = postFrom('posts/2025-12-01-plain.md', markdown(['title: Plain', 'categories: [tech]', 'tags: [ai]']), { site });
    const info = articleInfo(plain, { section: 'Technology', tags: ['AI'] });
    assert.deepEqual(pairs(pageMeta({ site, url: plain.url, title: plain.title, description: '', article: info }).tags).filter((pair) => pair.startsWith('article:')), [
      'article:published_time=2025-12-01T00:00:00Z',
      'article:modified_time=2025-12-01T00:00:00Z',
      'article:section=Technology',
      'article:tag=AI',
    ]);
  });
});

describe('pageMeta on other pages', () => {
  test('the front page: the site title, og:type website, no image: a summary card, no empty description', () => {
    const meta = pageMeta({ site, url: '/', title: '', description: '' });
    assert.equal(meta.title, 'The Test Gazette');
    assert.deepEqual(pairs(meta.tags), ['og:site_name=The Test Gazette', 'og:type=website', 'og:title=The Test Gazette', 'og:url=https://news.example.com/', 'twitter:card=summary', 'twitter:title=The Test Gazette']);
  });

  test('a later page of a listing is canonical to itself and titled with its number', () => {
    const prefixed = resolveSite(site, {}, { SITE_URL: 'https://deploy.example.org', PATH_PREFIX: '/news/' }, 'test');
    const meta = pageMeta({ site: prefixed, url: '/category/technology/page/2/', title: 'Technology', description: 'Section Technology.', pageNumber: 2 });
    assert.equal(meta.canonical, 'https://deploy.example.org/news/category/technology/page/2/');
    assert.equal(meta.title, 'Technology, page 2 | The Test Gazette');
    assert.ok(pairs(meta.tags).includes('og:url=https://deploy.example.org/news/category/technology/page/2/'));
    assert.equal(pageMeta({ site, url: '/page/3/', title: '', description: '', pageNumber: 3 }).title, 'Page 3 | The Test Gazette');
  });

  test('a remote image of unknown size gives no width or height', () => {
    const meta = pageMeta({ site, url: '/about/', title: 'About', description: '', image: { url: 'https://cdn.example.net/a.jpg', alt: '' } });
    assert.deepEqual(pairs(meta.tags).filter((pair) => /^(og|twitter):image/.test(pair)), ['og:image=https://cdn.example.net/a.jpg', 'twitter:image=https://cdn.example.net/a.jpg']);
  });
});

describe('rendering the tags', () => {
  test('a tag spreads onto <meta>, and quotes or </script> in a title stay inside the attribute', () => {
    const title = 'He said "no" </script><script>alert(1)</script>';
    const meta = pageMeta({ site, url: '/x/', title, description: '' });
    // What a layout's `<meta {...tag} />` renders (narrowed here because `h` takes one props type).
    const html = meta.tags.map((tag) => ('property' in tag ? render(h('meta', tag)) : render(h('meta', tag)))).join('');
    assert.doesNotMatch(html, /<\/script>|<script/);
    assert.match(html, /<meta property="og:title" content="He said &quot;no&quot; &lt;\/script>&lt;script>alert\(1\)&lt;\/script>"\/>/);
  });
});
