/** Which layouts a site's theme/layouts/ replaces (issue #13, overrides without forking). */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { formatProblem } from '../../src/errors.ts';
import { realRoot } from '../../src/files/site-root.ts';
import { findLayoutOverrides, overridableLayouts } from '../../src/overrides/find.ts';
import { repoRoot } from '../helpers/fixture-site.ts';

const work = realRoot(mkdtempSync(path.join(tmpdir(), 'broadsheet-overrides-')));
after(() => rmSync(work, { recursive: true, force: true }));

function folder(prefix: string, files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(work, prefix));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  for (const [link, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(root, link)), { recursive: true });
    symlinkSync(target, path.join(root, link));
  }
  return root;
}

/** A generator with two layouts, a component and the render helper (not a layout). */
const generator = folder('generator-', {
  'layouts/post.tsx': 'export function PostPage() {}',
  'layouts/base.tsx': 'export function Base() {}',
  'layouts/render.ts': 'export function renderDocument() {}',
  'layouts/components/byline.tsx': 'export function Byline() {}',
});
const originals = path.join(generator, 'layouts');

const site = (files: Record<string, string>, links: Record<string, string> = {}): string => folder('site-', files, links);
const messages = (problems: readonly Parameters<typeof formatProblem>[0][]): string[] => problems.map(formatProblem);

describe('findLayoutOverrides', () => {
  test('a file named like a layout or component replaces it: layouts first, then components', async () => {
    const root = site({ 'theme/layouts/components/byline.tsx': 'x', 'theme/layouts/post.tsx': 'x', 'theme/site.css': 'a{}' });
    const found = await findLayoutOverrides(root, generator);
    assert.deepEqual([found.problems, found.warnings], [[], []]);
    assert.deepEqual(found.overrides, [
      { name: 'post.tsx', sitePath: 'theme/layouts/post.tsx', path: path.join(root, 'theme/layouts/post.tsx'), original: path.join(originals, 'post.tsx') },
      { name: 'components/byline.tsx', sitePath: 'theme/layouts/components/byline.tsx', path: path.join(root, 'theme/layouts/components/byline.tsx'), original: path.join(originals, 'components/byline.tsx') },
    ]);
  });

  test('a .tsx file that matches no layout is named in a warning listing those that can be overridden', async () => {
    const found = await findLayoutOverrides(site({ 'theme/layouts/footer.tsx': 'x' }), generator);
    assert.deepEqual(found.overrides, []);
    assert.deepEqual(messages(found.warnings), [
      'theme/layouts/footer.tsx: matches no layout, so it replaces nothing; layouts that can be overridden: base.tsx, post.tsx, components/byline.tsx. Rename it after the layout it replaces, or remove it.',
    ]);
  });

  test('a misspelt or misplaced name is answered with the layout it likely means', async () => {
    const found = await findLayoutOverrides(site({ 'theme/layouts/Post.tsx': 'x', 'theme/layouts/byline.tsx': 'x' }), generator);
    const [post, byline] = messages(found.warnings); // in the walker's order: 'P' sorts before 'b'
    assert.match(byline ?? '', /^theme\/layouts\/byline\.tsx: matches no layout.* Did you mean theme\/layouts\/components\/byline\.tsx\?/);
    assert.match(post ?? '', /^theme\/layouts\/Post\.tsx: matches no layout.* Did you mean theme\/layouts\/post\.tsx\?/);
  });

  test('a file that is not .tsx replaces nothing, even named like the render helper, and is warned about', async () => {
    const found = await findLayoutOverrides(site({ 'theme/layouts/post.ts': 'x', 'theme/layouts/render.ts': 'x', 'theme/layouts/.DS_Store': 'x' }), generator);
    assert.deepEqual(found.overrides, []);
    assert.deepEqual(found.warnings.map((warning) => warning.file), ['theme/layouts/post.ts', 'theme/layouts/render.ts']);
    assert.match(formatProblem(found.warnings[0]!), /: is not used: only a \.tsx file named like a layout or component replaces it; layouts that can be overridden: base\.tsx, post\.tsx, components\/byline\.tsx\./);
  });

  test('no theme/layouts/ is no overrides and no warnings', async () => {
    assert.deepEqual(await findLayoutOverrides(site({ 'theme/site.css': 'a{}' }), generator), { overrides: [], problems: [], warnings: [] });
  });

  test("a theme/layouts/ that is the generator's own layouts/ folder is not read as overrides", async () => {
    const root = site({}, { 'theme/layouts': originals });
    assert.deepEqual(await findLayoutOverrides(root, generator), { overrides: [], problems: [], warnings: [] });
  });

  test('an override linked from outside the site is refused, naming it, and replaces nothing', async () => {
    const outside = folder('outside-', { 'post.tsx': 'export function PostPage() {}' });
    const found = await findLayoutOverrides(site({ 'theme/layouts/components/byline.tsx': 'x' }, { 'theme/layouts/post.tsx': path.join(outside, 'post.tsx') }), generator);
    assert.deepEqual(found.overrides.map((override) => override.name), ['components/byline.tsx']);
    assert.equal(found.problems.length, 1);
    assert.match(formatProblem(found.problems[0]!), /^theme\/layouts\/post\.tsx: is a symbolic link to .*outside-.*post\.tsx, outside the site folder/);
  });

  test('an override linked from elsewhere inside the site is used, from its real path', async () => {
    const root = site({ 'shared/post.tsx': 'x' }, { 'theme/layouts/post.tsx': '../../shared/post.tsx' });
    const found = await findLayoutOverrides(root, generator);
    assert.deepEqual(found.overrides.map((override) => [override.sitePath, override.path]), [['theme/layouts/post.tsx', path.join(root, 'shared/post.tsx')]]);
  });
});

describe('overridableLayouts', () => {
  test("the generator's own .tsx layouts and components, layouts first", async () => {
    const names = await overridableLayouts(repoRoot);
    assert.ok(names.includes('post.tsx') && names.includes('not-found.tsx') && names.includes('components/byline.tsx'), names.join());
    assert.ok(!names.includes('render.ts'));
    assert.ok(names.indexOf('search.tsx') < names.indexOf('components/byline.tsx'));
  });
});
