/** Splitting a post into front matter and body; malformed YAML is a problem with file and line (issue #2). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitFrontMatter } from '../../src/content/front-matter.ts';
import { formatProblem } from '../../src/errors.ts';
import { problemsOf } from './support.ts';

function split(text: string): { data: Readonly<Record<string, unknown>>; body: string; lines: Record<string, number> } {
  const result = splitFrontMatter('posts/x.md', text);
  assert.ok(result.ok, result.ok ? '' : formatProblem(result.problem));
  return { data: result.post.data, body: result.post.body, lines: Object.fromEntries(result.post.lines) };
}

function problem(text: string): string {
  const result = splitFrontMatter('posts/x.md', text);
  assert.equal(result.ok, false, 'should be a problem');
  return result.ok ? '' : formatProblem(result.problem);
}

const yamlFix = 'Quote values that contain a colon, # or quotes, e.g. title: "Breaking: …".';

describe('front matter is read as YAML without its timestamp type', () => {
  test('dates stay the text the author wrote', () => {
    const { data } = split('---\ndate: 2025-10-09T02:00:00\nlast_modified_at: 2025-10-10\n---\n');
    assert.deepEqual(data, { date: '2025-10-09T02:00:00', last_modified_at: '2025-10-10' });
  });

  test('booleans, numbers, lists and null keep their YAML types', () => {
    const { data } = split('---\npublished: false\ncategories: 42\ntags: [a, b]\nimage:\n---\n');
    assert.deepEqual(data, { published: false, categories: 42, tags: ['a', 'b'], image: null });
  });

  test('the body follows the closing fence, front matter removed', () => {
    assert.equal(split('---\ntitle: X\n---\nFirst.\n\nSecond.\n').body, 'First.\n\nSecond.\n');
  });

  test('a file without front matter is all body', () => {
    assert.deepEqual(split('Just text.'), { data: {}, body: 'Just text.', lines: {} });
  });

  test('empty front matter gives no keys', () => {
    assert.deepEqual(split('---\n---\nBody.'), { data: {}, body: 'Body.', lines: {} });
  });
});

describe('each top-level key knows its line in the file', () => {
  test('lines are 1-based file lines, the opening fence being line 1', () => {
    assert.deepEqual(split('---\ntitle: X\ndate: 2025-10-09\ntags:\n  - a\n  - b\nauthor: badely\n---\n').lines, { title: 2, date: 3, tags: 4, author: 7 });
  });

  test('quoted keys are found too', () => {
    assert.deepEqual(split('---\n"title": X\n\'date\': 2025-10-09\n---\n').lines, { title: 2, date: 3 });
  });

  test('keys inside a block scalar are not top-level keys', () => {
    assert.deepEqual(split('---\nexcerpt: |\n  note: not a key\ntitle: X\n---\n').lines, { excerpt: 2, title: 4 });
  });

  test('CRLF files have the same lines', () => {
    const { data, lines, body } = split('---\r\ntitle: X\r\ndate: 2025-10-09\r\n---\r\nBody.\r\n');
    assert.deepEqual({ data, lines, body }, { data: { title: 'X', date: '2025-10-09' }, lines: { title: 2, date: 3 }, body: 'Body.\r\n' });
  });
});

describe('malformed YAML is a problem with file and line', () => {
  test('an unquoted colon in a title', () => {
    assert.equal(problem('---\ntitle: Breaking: markets fall\ndate: 2025-10-09\n---\n'), `posts/x.md:2: front matter is not valid YAML: nested mappings are not allowed in compact mappings. ${yamlFix}`);
  });

  test('an unclosed list', () => {
    assert.equal(problem('---\ntitle: X\ndate: 2025-10-09\ntags: [a, b\n---\n'), `posts/x.md:4: front matter is not valid YAML: flow sequence in block collection must be sufficiently indented and end with a ]. ${yamlFix}`);
  });

  test('a key written twice', () => {
    assert.equal(problem('---\ntitle: X\ntitle: Y\n---\n'), `posts/x.md:3: front matter is not valid YAML: map keys must be unique. ${yamlFix}`);
  });

  test('a line indented by mistake', () => {
    assert.equal(problem('---\ntitle: X\n  date: 2025-10-09\n---\n'), `posts/x.md:2: front matter is not valid YAML: nested mappings are not allowed in compact mappings. ${yamlFix}`);
  });

  test('front matter that is a list, not key: value lines', () => {
    assert.equal(problem('---\n- a\n- b\n---\n'), 'posts/x.md:2: front matter must be `key: value` lines. Start the file with ---, then lines such as `title: "…"`, then ---.');
  });

  // Issue #10: a "billion laughs" front matter hung the build; it is refused at once.
  test('a YAML alias bomb is refused within a second', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
      const previous = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const started = performance.now();
    const message = problem(`---\n${levels.join('\n')}\ntitle: *i\n---\n`);
    assert.ok(performance.now() - started < 1000);
    assert.equal(message, 'posts/x.md: front matter repeats YAML aliases (*name) more than 100 times, as a "billion laughs" attack does; it was not read. Write the values out instead of repeating anchors (&name) and aliases.');
  });

  test('front matter never closed is body text, with a warning, as Jekyll reads it', () => {
    const result = splitFrontMatter('posts/x.md', '---\ntitle: Unclosed\n\nBody.\n');
    assert.ok(result.ok);
    assert.deepEqual(result.post.data, {});
    assert.equal(result.post.body, '---\ntitle: Unclosed\n\nBody.\n');
    assert.deepEqual(result.post.warnings.map(formatProblem), ['posts/x.md:1: opens front matter with `---` but never closes it, so the whole file is read as the story (as Jekyll reads it). Add a `---` line after the last front-matter line.']);
  });

  test('a Ruby object tag is refused, as Jekyll\'s safe YAML reader refuses it', () => {
    assert.equal(problem('---\ntitle: X\nauthor: !ruby/object:Person\n  name: A\n---\n'), 'posts/x.md:3: front matter holds a Ruby object (!ruby/object:Person), which a safe YAML reader refuses (Jekyll\'s too). Write the value as plain text, e.g. title: "…".');
  });

  test('a few aliases are fine', () => {
    const { data } = split('---\ntags: &t [a, b]\ncategories: *t\n---\n');
    assert.deepEqual(data['categories'], ['a', 'b']);
  });

  test('a binary file', () => {
    assert.equal(problem('\u0000\u0001PNG'), 'posts/x.md: is a binary file, not markdown. Keep only .md posts in posts/ and put images in assets/images/.');
  });

  test('normalize reports the YAML problem alone and makes no post', () => {
    assert.deepEqual(problemsOf('posts/2025-10-09-x.md', '---\ntitle: Breaking: markets fall\n---\nBody.'), [
      `posts/2025-10-09-x.md:2: front matter is not valid YAML: nested mappings are not allowed in compact mappings. ${yamlFix}`,
    ]);
  });
});
