/**
 * Typography as kramdown makes it (src/markdown/typography.ts), not as markdown-it's `replacements` would. The
 * expected outputs are Jekyll 4.3.1's (tests/fixtures/kramdown/typography-symbols and smart-quotes-unpaired hold the
 * same cases as whole posts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import { kramdownQuote, kramdownTypography } from '../../src/markdown/typography.ts';

const md = createMarkdown();
const inline = (source: string): string => md.renderInline(source);

describe('kramdown typographic symbols', () => {
  test('dashes, ellipses and guillemets are replaced where they stand, left to right', () => {
    assert.equal(kramdownTypography('em---dash, en--dash, wait..., -- spaced --, x----y, a?....'), 'em—dash, en–dash, wait…, – spaced –, x—-y, a?….');
    assert.equal(kramdownTypography('<<quote>> and << spaced >>'), '«quote» and «\u00a0spaced\u00a0»');
  });

  test("markdown-it's other replacements are not kramdown's: (c), (tm), (r), +-, .., ????, !!!! and ,, stay as written", () => {
    const written = '(c) (C) (tm) (r) +- c++- excerpt.. what???? wow!!!! so,,';
    assert.equal(kramdownTypography(written), written);
    assert.equal(inline(written), written);
  });

  test('a decade after white space or at the start is an apostrophe', () => {
    assert.equal(kramdownTypography("'90s and the '80s-style"), '’90s and the ’80s-style');
    assert.equal(kramdownTypography("x'90s ('99)"), "x'90s ('99)");
    assert.equal(inline("x'90s ('99)"), 'x’90s (‘99)');
  });

  test('code, link targets, linkified URLs and escaped characters are left alone', () => {
    assert.equal(inline('`a -- b ...` [x--y](https://example.com/a--b)'), '<code>a -- b ...</code> <a href="https://example.com/a--b">x–y</a>');
    assert.equal(inline('see https://example.com/a--b...'), 'see <a href="https://example.com/a--b">https://example.com/a--b</a>…');
    assert.equal(inline('\\-\\- and \\<<x'), '-- and &lt;&lt;x');
  });

  test('<< is a guillemet, never the start of an HTML tag', () => {
    assert.equal(inline('<<quote>> and a<<b>>c'), '«quote» and a«b»c');
    assert.equal(inline('<em>html</em> stays'), '<em>html</em> stays');
  });
});

describe('kramdown smart quotes', () => {
  test("paired quotes are markdown-it's, the '90s an apostrophe even when a quote follows", () => {
    assert.equal(inline(`"Double" and 'single', it's the '90s' music`), '“Double” and ‘single’, it’s the ’90s’ music');
  });

  test('a quote markdown-it cannot pair is made curly by kramdown’s rules, none left straight', () => {
    assert.equal(inline(`'tis 5'10" and an "opener only, a 'single one and '99`), '‘tis 5’10” and an “opener only, a ‘single one and ‘99');
  });

  test('an escaped quote stays straight', () => {
    assert.equal(inline("\\'escaped\\'"), "'escaped'");
  });

  test("kramdown's rules, by the characters around the quote", () => {
    assert.equal(kramdownQuote(undefined, "'", 's own'), '’');
    assert.equal(kramdownQuote(undefined, '"', '*em*"'), '“');
    assert.equal(kramdownQuote(undefined, "'", ', then'), '’');
    assert.equal(kramdownQuote(' ', '"', "'Quoted' words"), '“');
    assert.equal(kramdownQuote(' ', "'", '90s'), '’');
    assert.equal(kramdownQuote(' ', "'", 'tis'), '‘');
    assert.equal(kramdownQuote('0', '"', ' tall'), '”');
    assert.equal(kramdownQuote('(', '"', 'a")'), '“');
    assert.equal(kramdownQuote('-', '"', 'c"'), '“');
  });
});
