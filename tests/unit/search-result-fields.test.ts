/**
 * What a search result shows of a story (issue #15), from src/search/result-fields.ts: the headline and dek that
 * Pagefind searches (`meta`), and the section, date and thumbnail it returns without searching them (`filters`).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planImage } from '../../src/images/plan.ts';
import { defaultImageSettings, type ProcessedImage } from '../../src/images/types.ts';
import { dekLength, type ImageLookup, resultDetails, searchMeta, shortened } from '../../src/search/result-fields.ts';
import { markdown, postFrom, siteIn } from './support.ts';

const london = siteIn('Europe/London', { language: 'en-GB', pathPrefix: '/news/', dateFormat: 'd MMMM yyyy, HH:mm', dayFormat: 'd MMMM yyyy' });
const photo = 'assets/images/0123abcd.jpg';
const story = (lines: readonly string[], text = 'Beijing adds licences for gallium.\n\nA second paragraph.') =>
  postFrom('posts/2025-10-09-rare-earths.md', markdown(['title: China curbs rare earth exports', 'date: 2025-10-09 12:08:00 +01:00', ...lines], text), { site: london, files: [photo] });
/** What the pipeline readied for a 1600x1000 photo, with the given modern formats. */
const readied = (formats: ReadonlyArray<'avif' | 'webp'>): ProcessedImage => ({
  plan: planImage({ hash: '0123abcd', width: 1600, height: 1000, hasAlpha: false, animated: false, format: 'jpeg' }, { ...defaultImageSettings(), formats }, { og: true }),
  placeholder: 'data:image/webp;base64,AAAA',
});
const only = (sitePath: string, image: ProcessedImage): ImageLookup => (asked) => (asked === sitePath ? image : undefined);

describe('searchMeta: the headline and dek, searched as well as shown', () => {
  test('the headline and the excerpt as text', () => {
    assert.deepEqual(searchMeta(story([])), { title: 'China curbs rare earth exports', dek: 'Beijing adds licences for gallium.' });
  });

  test('an excerpt of nothing gives no dek', () => {
    assert.deepEqual(searchMeta(story(['excerpt: ""'])), { title: 'China curbs rare earth exports' });
  });

  test('a long excerpt is cut at a word, with an ellipsis, to at most dekLength characters', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const { dek } = searchMeta(story([], words));
    assert.ok(dek !== undefined && [...dek].length <= dekLength + 1, dek);
    assert.match(dek, /^word0 word1 .* word\d+…$/);
    assert.ok(words.startsWith(`${dek.slice(0, -1)} `), 'cut at a word boundary');
  });

  test('a lone surrogate (half an emoji escaped in YAML), which Pagefind refuses, becomes U+FFFD', () => {
    assert.deepEqual(searchMeta(story([], 'Winds \uD83C rose.')), { title: 'China curbs rare earth exports', dek: 'Winds \uFFFD rose.' });
  });
});

describe('resultDetails: what a result shows and nobody searches for', () => {
  test('the first category as the section, and the date as listings show it, with its zone, and as an instant', () => {
    assert.deepEqual(resultDetails(story(['categories: [World, Business]']), london), {
      date: ['9 October 2025, 12:08 BST'],
      datetime: ['2025-10-09T12:08:00+01:00'],
      section: ['World'],
    });
  });

  test('a story dated by day shows the day alone, as its cards do; no category, no section', () => {
    const post = postFrom('posts/2025-10-09-day.md', markdown(['title: A day']), { site: london });
    assert.deepEqual(resultDetails(post, london), { date: ['9 October 2025'], datetime: ['2025-10-09T00:00:00+01:00'] });
  });

  test('the thumbnail is the lead image’s 320-wide variant the cards already use, in the fallback and the best modern format, prefix-free', () => {
    const details = resultDetails(story([`image: ${photo}`, 'image_alt: A mine at dusk']), london, only(photo, readied(['avif', 'webp'])));
    assert.deepEqual(
      [details.image, details.image_alt, details.image_width, details.image_height, details.image_modern, details.image_modern_type],
      [['/assets/images/0123abcd-320.jpg'], ['A mine at dusk'], ['320'], ['200'], ['/assets/images/0123abcd-320.avif'], ['image/avif']],
    );
  });

  test('a site without modern formats offers the fallback alone', () => {
    const details = resultDetails(story([`image: ${photo}`, 'image_alt: A mine']), london, only(photo, readied([])));
    assert.deepEqual(details.image, ['/assets/images/0123abcd-320.jpg']);
    assert.equal('image_modern' in details, false);
  });

  test('an image the pipeline did not ready is shown as it is, its box sized by the stylesheet; a remote one keeps its URL', () => {
    const local = resultDetails(story([`image: ${photo}`, 'image_alt: A mine']), london, () => undefined);
    assert.deepEqual([local.image, local.image_alt, 'image_width' in local], [['/assets/images/0123abcd.jpg'], ['A mine'], false]);
    const remote = resultDetails(story(['image: https://cdn.example/mine.jpg', 'image_alt: A mine']), london, () => undefined);
    assert.deepEqual([remote.image, remote.image_alt, 'image_width' in remote], [['https://cdn.example/mine.jpg'], ['A mine'], false]);
  });

  test('the details are the same under any path prefix: one index serves every prefix', () => {
    const post = story([`image: ${photo}`, 'image_alt: A mine', 'categories: [World]']);
    assert.deepEqual(resultDetails(post, london, only(photo, readied(['webp']))), resultDetails(post, { ...london, pathPrefix: '/' }, only(photo, readied(['webp']))));
  });

  test('a lone surrogate in a section or an alt text becomes U+FFFD', () => {
    const details = resultDetails(story(['categories: ["Storm \\uD83C"]', `image: ${photo}`, 'image_alt: "Eye \\uD83C"']), london);
    assert.deepEqual([details.section, details.image_alt], [['Storm \uFFFD'], ['Eye \uFFFD']]);
  });
});

describe('shortened', () => {
  test('text that fits is left whole', () => {
    assert.equal(shortened('Short and sweet.', 20), 'Short and sweet.');
  });

  test('a cut inside a word drops that word; a cut at a space keeps the last word; trailing punctuation goes', () => {
    assert.equal(shortened('Beijing adds licences for gallium', 20), 'Beijing adds…');
    assert.equal(shortened('Beijing adds, licences for gallium', 13), 'Beijing adds…');
  });

  test('counts code points, so an emoji is never cut in half', () => {
    assert.equal(shortened('🦘🦘🦘🦘', 3), '🦘🦘🦘…');
  });
});
