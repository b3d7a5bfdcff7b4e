/**
 * Structured data (issue #5): `NewsArticle` on stories, `BreadcrumbList`, `WebSite`, and a serializer whose output
 * cannot end the `<script>` it sits in.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { breadcrumbLd, type JsonObject, jsonLdScript, newsArticleLd, storyTrail, websiteLd } from '../../src/seo/json-ld.ts';
import { resolveSite } from '../../src/site.ts';
import { markdown, postFrom, siteIn } from './support.ts';

const site = resolveSite(
  siteIn('America/New_York', { authors: { badely: { name: 'Bea Adeley', links: [{ label: 'Mastodon', url: 'https://mastodon.example/@badely' }] } } }),
  {},
  { SITE_URL: 'https://deploy.example.org', PATH_PREFIX: 'news' },
  'test',
);
const logo = { url: 'https://deploy.example.org/news/assets/logo.png', width: 600, height: 60 };
const image = 'https://deploy.example.org/news/assets/images/0123456789abcdef0123456789abcdef-og.jpg';

const story = postFrom(
  'posts/2025-10-09-rare-earths.md',
  markdown(['title: Rare earths', 'date: 2025-10-09T08:00:00-04:00', 'last_modified_at: 2025-10-10T12:00:00Z', 'author: badely', 'tags: [trade]', 'description: Why magnets matter.']),
  { site },
);

/** The JSON a page carries, read back as a consumer reads it. */
const parsed = (value: JsonObject): unknown => JSON.parse(jsonLdScript(value));

describe('newsArticleLd', () => {
  const ld = newsArticleLd(story, { site, images: [image], logo, section: 'Technology' });

  test('headline, dates with offsets, author Person with URL, publisher Organization with logo, image, mainEntityOfPage', () => {
    assert.deepEqual(parsed(ld), {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Rare earths',
      description: 'Why magnets matter.',
      datePublished: '2025-10-09T08:00:00-04:00',
      dateModified: '2025-10-10T08:00:00-04:00',
      author: [{ '@type': 'Person', name: 'Bea Adeley', url: 'https://deploy.example.org/news/author/badely/', sameAs: ['https://mastodon.example/@badely'] }],
      publisher: {
        '@type': 'Organization',
        name: 'The Test Gazette',
        url: 'https://deploy.example.org/news/',
        logo: { '@type': 'ImageObject', url: logo.url, width: 600, height: 60 },
      },
      image: [image],
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://deploy.example.org/news/2025/10/09/rare-earths/' },
      url: 'https://deploy.example.org/news/2025/10/09/rare-earths/',
      inLanguage: 'en',
      articleSection: 'Technology',
      keywords: ['trade'],
    });
  });

  test('without last_modified_at dateModified is datePublished; an unsigned story is by the publisher', () => {
    const plain = postFrom('posts/2025-10-09-plain.md', markdown(['title: Plain']), { site });
    const ld = newsArticleLd(plain, { site, images: [] }) as Record<string, unknown>;
    assert.equal(ld['dateModified'], ld['datePublished']);
    assert.deepEqual(ld['author'], [{ '@type': 'Organization', name: 'The Test Gazette', url: 'https://deploy.example.org/news/' }]);
    assert.equal('image' in ld, false);
  });
});

describe('breadcrumbLd and storyTrail', () => {
  test('front page, section, story: positions from 1 and absolute URLs', () => {
    const trail = storyTrail(site, story, { name: 'Technology', url: '/category/technology/' });
    assert.deepEqual(parsed(breadcrumbLd(site, trail)), {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'The Test Gazette', item: 'https://deploy.example.org/news/' },
        { '@type': 'ListItem', position: 2, name: 'Technology', item: 'https://deploy.example.org/news/category/technology/' },
        { '@type': 'ListItem', position: 3, name: 'Rare earths', item: 'https://deploy.example.org/news/2025/10/09/rare-earths/' },
      ],
    });
  });

  test('a story without a section: front page and story', () => {
    assert.deepEqual(storyTrail(site, story).map((link) => link.url), ['/', '/2025/10/09/rare-earths/']);
  });
});

describe('websiteLd', () => {
  test('name, absolute URL, description and language', () => {
    assert.deepEqual(parsed(websiteLd(site)), {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'The Test Gazette',
      url: 'https://deploy.example.org/news/',
      description: 'A site for tests.',
      inLanguage: 'en',
    });
  });
});

describe('jsonLdScript', () => {
  const title = 'Breaking: </script><script>alert("x")</script> <!-- Q&A \u2028 \u2029 \'quoted\'';
  const hostile = postFrom('posts/2025-10-09-hostile.md', markdown([`title: ${JSON.stringify(title)}`]), { site });
  const ld = newsArticleLd(hostile, { site, images: [image] });
  const text = jsonLdScript(ld);

  test('a </script> title cannot end the script: no <, > or & is left, nor U+2028/2029', () => {
    assert.equal(hostile.title, title);
    assert.doesNotMatch(text, /<\/script/i);
    assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
    assert.match(text, /"headline":"Breaking: \\u003c\/script\\u003e\\u003cscript\\u003ealert\(\\"x\\"\)/);
  });

  test('JSON.parse of the text equals the object', () => {
    assert.deepEqual(JSON.parse(text), ld);
  });
});
