/** The site's own theme folder (issue #13): stylesheets linked after Broadsheet's, head and body-end snippets. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { formatProblem } from '../../src/errors.ts';
import { realRoot } from '../../src/files/site-root.ts';
import { readTheme, withSnippets } from '../../src/theme/theme.ts';

const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-theme-'));
after(() => rmSync(work, { recursive: true, force: true }));

function site(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(work, 'site-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  for (const [link, target] of Object.entries(links)) symlinkSync(target, path.join(root, link));
  return realRoot(root);
}

describe('readTheme', () => {
  test('stylesheets in name order, published under assets/css/theme/; the snippets as written', async () => {
    const root = site({ 'theme/b.css': 'b{}', 'theme/a.css': 'a{}', 'theme/head.html': '<meta name="v" content="1">\n', 'theme/body-end.html': '<script src="/x.js"></script>' });
    const { theme, problems, warnings } = await readTheme(root);
    assert.deepEqual([problems, warnings], [[], []]);
    assert.deepEqual(theme.stylesheets.map((file) => [file.sitePath, file.outputPath]), [['theme/a.css', 'assets/css/theme/a.css'], ['theme/b.css', 'assets/css/theme/b.css']]);
    assert.equal(theme.head, '<meta name="v" content="1">\n');
    assert.equal(theme.bodyEnd, '<script src="/x.js"></script>');
  });

  test('no theme folder is no theme', async () => {
    assert.deepEqual((await readTheme(site({ 'posts/x.md': 'x' }))).theme, { stylesheets: [] });
  });

  test('any other file there is named in a warning, not silently ignored', async () => {
    const { warnings } = await readTheme(site({ 'theme/logo.png': 'x' }));
    assert.match(warnings.map(formatProblem).join(), /theme\/logo\.png: is not used/);
  });

  test('a snippet symlinked outside the site is refused, naming it', async () => {
    writeFileSync(path.join(work, 'secret.html'), 'SECRET');
    const { problems, theme } = await readTheme(site({ 'theme/a.css': 'a{}' }, { 'theme/head.html': path.join(work, 'secret.html') }));
    assert.match(problems.map(formatProblem).join(), /theme\/head\.html/);
    assert.equal(theme.head, undefined);
  });
});

describe('withSnippets', () => {
  const page = '<!doctype html>\n<html><head><title>x</title></head><body><p>x</p><pre></body></pre></body></html>';
  test('head before the first </head>, body-end before the last </body>', () => {
    assert.equal(withSnippets(page, { head: '<meta a>', bodyEnd: '<script b></script>' }), '<!doctype html>\n<html><head><title>x</title><meta a>\n</head><body><p>x</p><pre></body></pre><script b></script>\n</body></html>');
  });
  test('without snippets the page is unchanged', () => {
    assert.equal(withSnippets(page, {}), page);
  });
});
