/** Excerpts (issue #2): the front-matter value, else the first paragraph or the text before `excerpt_separator`. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readExcerpt } from '../../src/content/excerpt.ts';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import { markdown, postFrom, siteIn } from './support.ts';

const md = createMarkdown();
const excerpt = (body: string, separator = '\n\n', frontMatter?: string) => readExcerpt(md, { frontMatter, body, separator });

describe('the excerpt, as plain text and as HTML', () => {
  test('the front-matter value wins, inline markdown rendered', () => {
    assert.deepEqual(excerpt('First paragraph.', '\n\n', 'Beijing *tightens* exports'), {
      text: 'Beijing tightens exports',
      html: '<p>Beijing <em>tightens</em> exports</p>',
    });
  });

  test('an empty front-matter value falls back to the body', () => {
    assert.deepEqual(excerpt('From the body.', '\n\n', ''), { text: 'From the body.', html: '<p>From the body.</p>' });
  });

  test('else the first paragraph, its line breaks kept in the HTML', () => {
    assert.deepEqual(excerpt('First **bold**\nline two.\n\nSecond paragraph.'), {
      text: 'First bold line two.',
      html: '<p>First <strong>bold</strong>\nline two.</p>',
    });
  });

  test('leading blank lines are skipped', () => {
    assert.deepEqual(excerpt('\n\n\nFirst.\n\nSecond.'), { text: 'First.', html: '<p>First.</p>' });
  });

  test('a custom separator takes everything before it, across paragraphs', () => {
    assert.deepEqual(excerpt('One.\n\nTwo.\n<!--more-->\nThree.', '<!--more-->'), { text: 'One. Two.', html: '<p>One.</p>\n<p>Two.</p>' });
  });

  test('a body without the separator is all excerpt', () => {
    assert.deepEqual(excerpt('One.\n\nTwo.', '<!--more-->'), { text: 'One. Two.', html: '<p>One.</p>\n<p>Two.</p>' });
  });

  test('an empty body gives an empty excerpt', () => {
    assert.deepEqual(excerpt(''), { text: '', html: '' });
  });

  test('links and images keep only their text in the plain form', () => {
    assert.equal(excerpt('See [the rules](https://example.com) and ![a map](map.png).').text, 'See the rules and a map.');
  });

  test('a CRLF file still ends the excerpt at the first blank line (regression, issue #2)', () => {
    assert.deepEqual(excerpt('First.\r\nStill first.\r\n\r\nSecond.\r\n'), { text: 'First. Still first.', html: '<p>First.\nStill first.</p>' });
  });
});

describe('the excerpt of a post', () => {
  test('uses the site excerpt_separator', () => {
    const site = siteIn('UTC', { excerptSeparator: '<!--more-->' });
    assert.equal(postFrom('posts/2025-10-09-x.md', markdown(['title: X'], 'One.\n\nTwo.\n<!--more-->\nThree.'), { site }).excerpt.text, 'One. Two.');
  });

  test('a post excerpt_separator wins over the site one', () => {
    const post = postFrom('posts/2025-10-09-x.md', markdown(['title: X', 'excerpt_separator: <!--cut-->'], 'One.\n\nTwo.<!--cut-->Three.'));
    assert.equal(post.excerpt.text, 'One. Two.');
  });

  test('a post excerpt wins over both', () => {
    const post = postFrom('posts/2025-10-09-x.md', markdown(['title: X', 'excerpt: "Short *and* sharp."'], 'One.\n\nTwo.'));
    assert.deepEqual(post.excerpt, { text: 'Short and sharp.', html: '<p>Short <em>and</em> sharp.</p>' });
  });
});
