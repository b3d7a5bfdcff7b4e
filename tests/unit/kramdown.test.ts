/**
 * kramdown's syntax on markdown-it (issue #12). tests/fixtures/kramdown/every-feature.jekyll.html is what Jekyll
 * 4.3.1 (Debian's, kramdown with its GFM parser) rendered from every-feature.md: footnotes, a definition list,
 * abbreviations, block and span attribute lists, explicit and generated header IDs, a comment, options, a markdown
 * div and a table of contents. Compared with whitespace between tags folded (kramdown indents its HTML).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import { kramdownHeaderId } from '../../src/markdown/kramdown.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures/kramdown');
const fold = (html: string): string => html.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();
const md = createMarkdown();

describe('kramdown syntax, as Jekyll renders it', () => {
  test('every feature of the fixture renders as Jekyll 4.3.1 renders it', () => {
    const source = readFileSync(path.join(fixtures, 'every-feature.md'), 'utf8');
    const jekyll = readFileSync(path.join(fixtures, 'every-feature.jekyll.html'), 'utf8');
    assert.equal(fold(md.render(source)), fold(jekyll));
  });

  test('header IDs follow kramdown-parser-gfm: lower case, punctuation dropped, spaces to hyphens, letters of every script kept', () => {
    assert.equal(kramdownHeaderId('Rare Earths & Export Rules!'), 'rare-earths--export-rules');
    assert.equal(kramdownHeaderId('Ünïcode heading — déjà vu'), 'ünïcode-heading--déjà-vu');
    assert.equal(kramdownHeaderId('稀土 出口'), '稀土-出口');
    assert.equal(kramdownHeaderId('snake_case and C++'), 'snake_case-and-c');
  });

  test('a repeated heading gets -1, -2, as kramdown counts', () => {
    assert.match(md.render('## News\n\n## News\n\n## News'), /id="news".*id="news-1".*id="news-2"/s);
  });

  test('plain braces in prose stay text; only kramdown\'s {: …} is an attribute list', () => {
    assert.equal(md.render('Math {a} and {x: y}.').trim(), '<p>Math {a} and {x: y}.</p>');
  });

  test('an attribute list cannot add event handlers or styles', () => {
    assert.equal(md.render('Text\n{: onclick="alert(1)" style="color:red" .ok}').trim(), '<p class="ok">Text</p>');
  });
});
