/**
 * Share links (issue #15): each service's own share page, with the story's title and absolute URL
 * percent-encoded, in the order the site lists them; nothing else.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { shareLinks, shareServices } from '../../src/seo/share-links.ts';

const story = { url: 'https://news.example/2025/10/09/rare-earths/', title: 'China tightens rare-earth rules & more: "why?"', mastodonServer: 'mastodon.social' };
const byService = Object.fromEntries(shareLinks(shareServices, story).map((link) => [link.service, link]));

describe('share links', () => {
  test('one per service, in the order given, named as the services name themselves', () => {
    assert.deepEqual(shareLinks(['x', 'email'], story).map((link) => link.label), ['X', 'Email']);
    assert.deepEqual(shareLinks([], story), []);
    assert.deepEqual(shareLinks(shareServices, story).map((link) => link.label), ['Email', 'Mastodon', 'Bluesky', 'LinkedIn', 'X']);
  });

  test('e-mail: the title as subject, title and URL in the body, spaces as %20 (mail clients do not read +)', () => {
    const url = new URL(byService['email']!.url);
    assert.equal(url.protocol, 'mailto:');
    assert.ok(!byService['email']!.url.includes('+'));
    const params = new URLSearchParams(url.search);
    assert.equal(params.get('subject'), story.title);
    assert.equal(params.get('body'), `${story.title}\n\n${story.url}`);
  });

  test('Mastodon shares through the site’s server; Bluesky and X through their compose intents; LinkedIn by URL alone', () => {
    const param = (service: string, name: string) => new URL(byService[service]!.url).searchParams.get(name);
    assert.equal(new URL(byService['mastodon']!.url).origin + new URL(byService['mastodon']!.url).pathname, 'https://mastodon.social/share');
    assert.equal(param('mastodon', 'text'), `${story.title} ${story.url}`);
    assert.equal(new URL(byService['bluesky']!.url).origin + new URL(byService['bluesky']!.url).pathname, 'https://bsky.app/intent/compose');
    assert.equal(param('bluesky', 'text'), `${story.title} ${story.url}`);
    assert.equal(param('linkedin', 'url'), story.url);
    assert.equal(param('x', 'text'), story.title);
    assert.equal(param('x', 'url'), story.url);
    assert.equal(shareLinks(['mastodon'], { ...story, mastodonServer: 'mas.to' })[0]!.url.startsWith('https://mas.to/share?'), true);
  });
});
