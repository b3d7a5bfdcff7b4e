/** Text in sitemaps (issue #5): escaped for XML, and characters XML cannot carry are dropped. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { element, escapeXml } from '../../src/seo/xml.ts';

describe('escapeXml', () => {
  test('escapes the five XML specials', () => {
    assert.equal(escapeXml(`a & b < c > d "e" 'f'`), 'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  test('drops control characters and lone surrogates, keeps tabs, line breaks and astral characters', () => {
    assert.equal(escapeXml('a\u0000b\u0008c\u001fd\ud800e\ufffef\tg\nh\ri😀j'), 'abcdef\tg\nh\ri😀j');
  });

  test('an element holding anything reads back as the text (less what XML cannot hold)', () => {
    const text = 'Breaking: <script>alert("x")</script> & co\u0007';
    const xml = `<root>${element('title', text)}</root>`;
    assert.equal(XMLValidator.validate(xml), true);
    const parsed = new XMLParser({ parseTagValue: false }).parse(xml) as { root: { title: string } };
    assert.equal(parsed.root.title, 'Breaking: <script>alert("x")</script> & co');
  });
});
