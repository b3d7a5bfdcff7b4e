/**
 * What search knows of a story (issue #6): the record src/search/records.ts makes of it for Pagefind, with the
 * text readers see, the prefix-free URL the search script puts the path prefix in front of, and the site's
 * language; what a result shows of it (issue #15, tests/unit/search-result-fields.test.ts), and the key that sorts
 * results newest first.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { searchLanguage, searchRecord, textOf, wellFormed } from '../../src/search/records.ts';
import { markdown, postFrom, siteIn } from './support.ts';

describe('textOf', () => {
  test('a block boundary counts as a space', () => {
    assert.equal(textOf('<p>a</p><p>b</p>'), 'a b');
    assert.equal(textOf('<h2>Why</h2><ul><li>gallium</li><li>germanium</li></ul><p>line<br>break</p>'), 'Why gallium germanium line break');
  });

  test('tags are dropped with their attributes; only the text between them is kept', () => {
    assert.equal(textOf('<p class="lede"><a href="https://example.com/?a=1&amp;b=2" title="wire copy">Reuters</a> reports</p>'), 'Reuters reports');
  });

  test('entities are decoded, named and numeric', () => {
    assert.equal(textOf('<p>Tom &amp; Jerry&#8217;s &quot;day&quot; &#x2014; out</p>'), 'Tom & Jerry’s "day" — out');
  });

  test('escaped markup is text, decoded after the tags are dropped, so it is not taken for a tag', () => {
    assert.equal(textOf('<p>Write &lt;b&gt; for bold, never &lt;script&gt;alert(1)&lt;/script&gt;.</p>'), 'Write <b> for bold, never <script>alert(1)</script>.');
  });

  test('script, style, template and noscript content is dropped, in any case', () => {
    const html =
      '<p>before</p><script type="module">const hidden = 1;</script><STYLE>p { color: red }</STYLE>' +
      '<template><p>unrendered</p></template><noscript>Enable JavaScript</noscript><p>after</p>';
    assert.equal(textOf(html), 'before after');
  });

  test('comments are dropped', () => {
    assert.equal(textOf('<p>Published<!-- embargoed until 09:00 --> today</p><!--\nmulti\nline\n-->'), 'Published today');
  });

  test('whitespace, no-break spaces included, is folded to one space and trimmed', () => {
    assert.equal(textOf('\n  <p>  rare\n\n earths\t</p>  <p>a&nbsp;&nbsp;b</p>\n'), 'rare earths a b');
  });

  test('markup inside a word keeps the word whole, so CO2 and Beijing are found', () => {
    assert.equal(textOf('<p>CO<sub>2</sub> rose; <strong>Bei</strong>jing agreed.</p>'), 'CO2 rose; Beijing agreed.');
  });
});

describe('searchLanguage', () => {
  test('is the primary subtag of the site language, lower-cased', () => {
    for (const [language, expected] of [
      ['en-GB', 'en'],
      ['pt', 'pt'],
      ['zh-Hant-TW', 'zh'],
      ['DE-ch', 'de'],
    ] as const) {
      assert.equal(searchLanguage(siteIn('UTC', { language })), expected, language);
    }
  });
});

describe('searchRecord', () => {
  const onRoot = siteIn('UTC', { language: 'en-GB' });
  const underNews = siteIn('UTC', { language: 'en-GB', pathPrefix: '/news/' });
  const body = '<p>Beijing adds licences for gallium &amp; germanium.</p><script>track()</script>';
  const story = (stem: string, title: string) => postFrom(`posts/${stem}.md`, markdown([`title: ${title}`]), { site: underNews });

  test('a story is its URL without the prefix, its title then its text, the site language, what a result shows (headline and dek searched, the rest not), and its date to sort by', () => {
    const post = story('2025-10-10-稀土出口', 'China curbs rare earth exports');
    assert.equal(post.url, '/2025/10/10/稀土出口/');
    assert.deepEqual(searchRecord(post, body, underNews), {
      url: '/2025/10/10/%E7%A8%80%E5%9C%9F%E5%87%BA%E5%8F%A3/',
      content: 'China curbs rare earth exports. Beijing adds licences for gallium & germanium.',
      language: 'en',
      meta: { title: 'China curbs rare earth exports', dek: 'Body.' },
      filters: { date: ['2025-10-10'], datetime: ['2025-10-10T00:00:00Z'] },
      sort: { date: '2025-10-10T00:00:00.000Z' },
    });
  });

  test('the sort key is the instant in UTC, so stories sort as text in time order whatever zone they were written in', () => {
    const at = (stem: string, date: string) => searchRecord(postFrom(`posts/${stem}.md`, markdown(['title: T', `date: ${date}`]), { site: underNews }), body, underNews).sort.date;
    const keys = [at('2025-10-09-c', '2025-10-09 23:30:00 -05:00'), at('2025-10-10-a', '2025-10-10 01:00:00 +09:00'), at('2025-10-10-b', '2025-10-10 02:00:00 +00:00')];
    assert.deepEqual(keys, ['2025-10-10T04:30:00.000Z', '2025-10-09T16:00:00.000Z', '2025-10-10T02:00:00.000Z']);
    assert.deepEqual([...keys].sort(), ['2025-10-09T16:00:00.000Z', '2025-10-10T02:00:00.000Z', '2025-10-10T04:30:00.000Z']);
  });

  test('the record is the same whatever the path prefix, so one index serves every prefix', () => {
    const post = story('2025-10-10-稀土出口', 'China curbs rare earth exports');
    assert.deepEqual(searchRecord(post, body, underNews), searchRecord(post, body, onRoot));
  });

  test('an ASCII URL is left as it is', () => {
    assert.equal(searchRecord(story('2025-10-01-rare-earths', 'Rare earths'), body, underNews).url, '/2025/10/01/rare-earths/');
  });
});

describe('wellFormed', () => {
  test('a lone surrogate (half an emoji) becomes U+FFFD, which Pagefind accepts; whole emoji stay', () => {
    assert.equal(wellFormed('Storm \uD83C warning 🌀'), 'Storm \uFFFD warning 🌀');
  });
});

