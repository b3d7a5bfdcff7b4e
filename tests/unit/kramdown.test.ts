/**
 * kramdown's syntax on markdown-it (issue #12). Each tests/fixtures/kramdown/<case>.jekyll.html is what Jekyll 4.3.1
 * (Debian's, kramdown with its GFM parser) rendered from <case>.md, the case its name says: every-feature.md holds
 * one of each feature, the others an edge of one (attribute lists before and after blocks, ALDs, definition lists
 * sharing terms, footnotes referred to again, the table of contents and its options, markdown inside HTML,
 * extensions inline and as blocks, repeated header IDs, typography and quotes). Compared with HTML white space
 * between tags folded (kramdown indents its HTML; a no-break space is not white space here), `<br />` and `<br>`
 * alike, and the Rouge classes kramdown puts on inline code (`language-plaintext highlighter-rouge`) left out.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createMarkdown, plainText } from '../../src/markdown/create-markdown.ts';
import { parseAttributeList } from '../../src/markdown/kramdown-attribute-list.ts';
import { kramdownHeaderId } from '../../src/markdown/kramdown.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures/kramdown');
const fold = (html: string): string =>
  html
    .replace(/<code class="language-plaintext (?:([^"]*) )?highlighter-rouge">/g, (_, own?: string) => (own === undefined ? '<code>' : `<code class="${own}">`))
    .replace(/ \/>/g, '>')
    .replace(/>[ \t\n\r\f]+</g, '><')
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
const md = createMarkdown();
const cases = readdirSync(fixtures).filter((name) => name.endsWith('.jekyll.html')).map((name) => name.slice(0, -'.jekyll.html'.length));

describe('kramdown syntax, as Jekyll renders it', () => {
  test('the fixtures are there', () => assert.ok(cases.length >= 10 && cases.includes('every-feature'), cases.join(', ')));
  for (const name of cases) {
    test(`${name}.md renders as Jekyll 4.3.1 renders it`, () => {
      const source = readFileSync(path.join(fixtures, `${name}.md`), 'utf8');
      const jekyll = readFileSync(path.join(fixtures, `${name}.jekyll.html`), 'utf8');
      assert.equal(fold(md.render(source)), fold(jekyll));
    });
  }

  test('header IDs follow kramdown-parser-gfm: lower case, punctuation dropped, spaces to hyphens, letters of every script kept', () => {
    assert.equal(kramdownHeaderId('Rare Earths & Export Rules!'), 'rare-earths--export-rules');
    assert.equal(kramdownHeaderId('Ünïcode heading — déjà vu'), 'ünïcode-heading--déjà-vu');
    assert.equal(kramdownHeaderId('稀土 出口'), '稀土-出口');
    assert.equal(kramdownHeaderId('snake_case and C++'), 'snake_case-and-c');
  });

  test('a repeated heading gets -1, -2, as kramdown counts', () => {
    assert.match(md.render('## News\n\n## News\n\n## News'), /id="news".*id="news-1".*id="news-2"/s);
  });

  test('{::options auto_ids="false" /} turns header IDs off for its own post only', () => {
    assert.equal(md.render('## One\n\n{::options auto_ids="false" /}\n\n## Two {#two}').trim(), '<h2>One</h2>\n<h2 id="two">Two</h2>');
    assert.equal(md.render('## One').trim(), '<h2 id="one">One</h2>');
  });

  test('plain braces in prose stay text; only kramdown\'s {: …} is an attribute list', () => {
    assert.equal(md.render('Math {a} and {x: y}.').trim(), '<p>Math {a} and {x: y}.</p>');
  });

  test('an attribute list cannot add event handlers or styles', () => {
    assert.equal(md.render('Text\n{: onclick="alert(1)" style="color:red" .ok}').trim(), '<p class="ok">Text</p>');
  });

  test('nor can an ALD it refers to, nor a span list', () => {
    assert.equal(md.render('{:evil: onclick="alert(1)" .ok}\n\nText\n{: evil}').trim(), '<p class="ok">Text</p>');
    assert.equal(md.render('*x*{: onmouseover="alert(1)" data-x="1"}').trim(), '<p><em data-x="1">x</em></p>');
  });

  test('an ALD that refers to itself is read once', () => {
    assert.equal(md.render('{:loop: loop .a}\n\nText\n{: loop}').trim(), '<p class="a">Text</p>');
  });

  test('attribute lists and extensions are not text to readers of markdown', () => {
    assert.equal(plainText(md, '{:quote: .q}\n\n{: .lead}\nA lead.\n{: quote}\n\n{::comment}\nHidden.\n{:/comment}\n\nShown{::comment}not{:/comment}.'), 'A lead. Shown.');
  });

  test("an attribute list's contents are read as kramdown reads them: classes add up, the last ID wins, quotes escape", () => {
    assert.deepEqual(parseAttributeList(' .a.b #one #two ref title="say \\"hi\\"" lang=\'en\' '), {
      refs: ['ref'],
      attributes: [['class', 'a'], ['class', 'b'], ['id', 'one'], ['id', 'two'], ['title', 'say "hi"'], ['lang', 'en']],
    });
    assert.equal(md.render('Text\n{: .a.b #one #two}').trim(), '<p class="a b" id="two">Text</p>');
  });
});
