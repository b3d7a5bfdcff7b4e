/**
 * The story page's finish (issue #15): times with their zone, share links that load nothing from anywhere, the
 * author's box at the end, and the drop cap as a setting, off by default.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createFixtureSite, type FixtureSite, post, tinyJpegName } from '../helpers/fixture-site.ts';

const settings = {
  title: 'Zone Courier',
  url: 'https://courier.example',
  pathPrefix: '/news/',
  timeZone: 'Europe/London',
  search: false,
  authors: {
    badely: { name: 'Bea Adeley', bio: 'Technology correspondent.', avatar: `assets/images/${tinyJpegName}` },
    guest: { name: 'A Guest' },
  },
  images: { widths: [320] },
};

const storyPath = '2025/07/09/chips/index.html';

/** The part of a page between two markers. */
const between = (html: string, start: string, end: string): string => {
  const from = html.indexOf(start);
  assert.ok(from >= 0, `${start} is on the page`);
  return html.slice(from, html.indexOf(end, from) + end.length);
};

describe('the story page (issue #15)', () => {
  let site: FixtureSite;
  let html: string;

  before(() => {
    site = createFixtureSite(settings);
    site.write('posts/2025-07-09-chips.md', post('title: Chips & "crisps" rise\ndate: 2025-07-09T11:08:00Z\nauthor: badely\ncategories: [Technology]'));
    site.write('posts/2025-01-09-winter.md', post('title: A winter story\ndate: 2025-01-09T11:08:00Z\nauthor: guest\ncategories: [Technology]'));
    site.write('posts/2025-01-08-day.md', post('title: A day-only story\ndate: 2025-01-08\ncategories: [Technology]'));
    const result = site.build();
    assert.equal(result.status, 0, result.stderr);
    html = site.read(storyPath);
  });
  after(() => site?.dispose());

  test('times show the zone’s abbreviation in the site’s zone, summer and winter; a day-only date shows none', () => {
    assert.match(html, /<time datetime="2025-07-09T12:08:00\+01:00">9 July 2025, 12:08 BST<\/time>/);
    assert.match(site.read('2025/01/09/winter/index.html'), /<time datetime="2025-01-09T11:08:00Z">9 January 2025, 11:08 GMT<\/time>/);
    assert.match(site.read('2025/01/08/day/index.html'), /<time datetime="2025-01-08T00:00:00Z">8 January 2025<\/time>/);
    // Listings show the same dateline.
    assert.match(site.read('category/technology/index.html'), />9 July 2025, 12:08 BST<\/time>/);
  });

  test('share links: each service’s own share page with the absolute URL and title, encoded; nothing loaded from them', () => {
    const share = between(html, '<section class="share"', '</section>');
    const links = [...share.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[2], m[1]!.replace(/&amp;/g, '&')]);
    const story = encodeURIComponent('https://courier.example/news/2025/07/09/chips/');
    const title = encodeURIComponent('Chips & "crisps" rise');
    assert.deepEqual(links, [
      ['Email', `mailto:?subject=${title}&body=${title}${encodeURIComponent('\n\n')}${story}`],
      ['Mastodon', `https://mastodon.social/share?text=${title}%20${story}`],
      ['Bluesky', `https://bsky.app/intent/compose?text=${title}%20${story}`],
      ['LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${story}`],
      ['X', `https://x.com/intent/post?text=${title}&url=${story}`],
    ]);
    // The copy button is hidden until the script shows it; the script is the site's own.
    assert.match(share, /<li hidden[^>]*><button class="share__link share__copy" type="button" data-share-copy="https:\/\/courier\.example\/news\/2025\/07\/09\/chips\/">Copy link<\/button><\/li>/);
    assert.match(html, /<script src="\/news\/assets\/js\/share\.js" defer><\/script>/);
    const external = [...html.matchAll(/<(?:script|link|img|source|iframe)\b[^>]*(?:src|href|srcset)="(https?:)?\/\/[^"]*"/g)].map((m) => m[0]);
    assert.deepEqual(external.filter((tag) => !tag.startsWith('<link rel="canonical"') && !tag.startsWith('<link rel="alternate"')), []);
  });

  test('the story ends with the author’s box: photo, bio and a link to their page', () => {
    const box = between(html, '<aside class="author-box"', '</aside>');
    assert.match(box, /aria-label="About the author"/);
    assert.match(box, /<img class="author-box__avatar"[^>]*alt=""/);
    assert.match(box, /<p class="author-box__name">Bea Adeley<\/p>/);
    assert.match(box, /<p class="author-box__bio">Technology correspondent\.<\/p>/);
    assert.match(box, /<a href="\/news\/author\/badely\/" rel="author">More from Bea Adeley<\/a>/);
    assert.ok(html.indexOf('class="author-box"') > html.indexOf('class="story__body"'), 'after the body');
    // An author without a photo or bio still gets a box with their page.
    const guest = between(site.read('2025/01/09/winter/index.html'), '<aside class="author-box"', '</aside>');
    assert.doesNotMatch(guest, /<img|author-box__bio/);
    assert.match(guest, /More from A Guest/);
    // No author, no box.
    assert.doesNotMatch(site.read('2025/01/08/day/index.html'), /author-box/);
  });

  test('no drop cap by default; `story.dropCap` turns it on, `story.share: []` turns the links and their script off', () => {
    assert.match(html, /<div class="story__body">/);
    writeFileSync(path.join(site.root, 'site.json'), JSON.stringify({ ...settings, story: { dropCap: true, share: [] } }));
    const result = site.build();
    assert.equal(result.status, 0, result.stderr);
    const again = site.read(storyPath);
    assert.match(again, /<div class="story__body story__body--drop-cap">/);
    assert.doesNotMatch(again, /class="share"|share\.js/);
  });
});
