/**
 * How a broken layout override is told to the site's author (issue #13): the file and line, what is wrong, what
 * to do, never a stack. The load errors are real ones, from importing broken files through tsx.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { formatProblem } from '../../src/errors.ts';
import { realRoot } from '../../src/files/site-root.ts';
import { blameSiteCode } from '../../src/overrides/blame.ts';
import { missingExports } from '../../src/overrides/check.ts';
import { loadProblems } from '../../src/overrides/load-problem.ts';

const root = realRoot(mkdtempSync(path.join(tmpdir(), 'broadsheet-override-check-')));
after(() => rmSync(root, { recursive: true, force: true }));
// The site's code is an ES module whatever its folder says (src/cli/site-modules.mjs); so it is here.
writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }');

const post = { name: 'post.tsx', sitePath: 'theme/layouts/post.tsx' };

/** The error importing `source` (as `theme-<name>.ts` in the site) throws, and the override it stands for. */
async function failing(name: string, source: string): Promise<{ error: unknown; override: typeof post & { path: string } }> {
  const file = path.join(root, `${name}.ts`);
  writeFileSync(file, source);
  const override = { ...post, path: file, sitePath: `${name}.ts` };
  try {
    await import(pathToFileURL(file).href);
  } catch (error) {
    return { error, override };
  }
  assert.fail(`${name}.ts loaded`);
}

const component = (): null => null;

describe('missingExports', () => {
  test('an export of the original the override lacks is named, with the re-export that keeps Broadsheet\'s', () => {
    const problem = missingExports(post, { PostPage: component, PostMeta: component }, { PostPage: component });
    assert.equal(
      formatProblem(problem!),
      "theme/layouts/post.tsx: does not export PostMeta, which layouts/post.tsx exports; the layouts that import it would break. Export it (to keep Broadsheet's, re-export the original: export { PostMeta } from 'broadsheet/layouts/post.tsx';).",
    );
  });

  test('several missing exports are named together, in one problem', () => {
    const problem = missingExports(post, { PostPage: component, A: component, B: 1 }, {});
    assert.match(problem!.message, /^does not export A, B and PostPage, which layouts\/post\.tsx exports;/);
    assert.match(problem!.fix ?? '', /export \{ A, B, PostPage \} from 'broadsheet\/layouts\/post\.tsx';/);
  });

  test('a component exported as something else than a function is named with what it is', () => {
    const problem = missingExports(post, { PostPage: component }, { PostPage: '<p>' });
    assert.match(formatProblem(problem!), /^theme\/layouts\/post\.tsx: exports PostPage, which must be a function \(components\), as in layouts\/post\.tsx; found: PostPage is a string\./);
  });

  test('an override exporting all its original exports, and more, is fine', () => {
    assert.equal(missingExports(post, { PostPage: component }, { PostPage: component, Extra: component }), undefined);
  });
});

describe('loadProblems', () => {
  test('a syntax error names the file and line, and what the compiler expected', async () => {
    const { error, override } = await failing('syntax', 'export function PostPage() {\n  return 1 +;\n}\n');
    const [problem, ...rest] = loadProblems(override, error, root);
    assert.deepEqual(rest, []);
    assert.equal(formatProblem(problem!), 'syntax.ts:2: does not compile: Unexpected ";" (column 12). Correct the TypeScript or JSX there and build again.');
  });

  test('an error thrown as the module loads names the line it was thrown at', async () => {
    const { error, override } = await failing('throws', 'const settings: { title?: { text: string } } = {};\nexport const title = settings.title!.text;\n');
    assert.deepEqual(loadProblems(override, error, root).map(formatProblem), [
      "throws.ts:2: fails as it loads: TypeError: Cannot read properties of undefined (reading 'text'). Correct the code there; what a module runs at its top level runs when the build starts.",
    ]);
  });

  test('an import of a file that does not exist names it from the site root', async () => {
    const { error, override } = await failing('missing', "import { x } from './nowhere.ts';\nexport const PostPage = x;\n");
    const [problem] = loadProblems(override, error, root);
    assert.match(formatProblem(problem!), /^missing\.ts: imports nowhere\.ts, which does not exist\. An override can import Broadsheet's files \(import \{ Byline \} from 'broadsheet\/layouts\/components\/byline\.tsx'/);
  });

  test('an import of a name the module does not export names the importing file and line', async () => {
    writeFileSync(path.join(root, 'helper.ts'), 'export const here = 1;\n');
    const { error, override } = await failing('link', "// the helper\nimport { there } from './helper.ts';\nexport const PostPage = there;\n");
    assert.deepEqual(loadProblems(override, error, root).map(formatProblem), [
      "link.ts:2: The requested module './helper.ts' does not provide an export named 'there'. Import only what that module exports, and build again.",
    ]);
  });

  test('no problem carries a stack trace', async () => {
    const { error, override } = await failing('stackless', 'throw new RangeError("no");\n');
    for (const problem of loadProblems(override, error, root)) assert.doesNotMatch(formatProblem(problem), /\n\s+at /);
  });
});

describe('blameSiteCode', () => {
  const override = { name: 'components/byline.tsx', sitePath: 'theme/layouts/components/byline.tsx', path: '/site/theme/layouts/components/byline.tsx', original: '/gen/layouts/components/byline.tsx' };
  const inUse = { rootReal: '/site', overrides: [override] };
  const thrown = (stack: string): Error => Object.assign(new TypeError("Cannot read properties of undefined (reading 'name')"), { stack: `TypeError: x\n${stack}` });

  test('an error thrown in an override while rendering is the site\'s, at the override\'s line', () => {
    const error = thrown('    at Object.Byline (/site/theme/layouts/components/byline.tsx:5:52)\n    at q (file:///gen/node_modules/preact-render-to-string/dist/index.mjs:1:6585)');
    const blamed = blameSiteCode(new Error('render failed', { cause: error }), inUse, '/2025/10/01/a/');
    assert.equal(
      blamed?.message,
      "A layout override of the site failed, so nothing was built:\n  - theme/layouts/components/byline.tsx:5: failed while rendering /2025/10/01/a/: TypeError: Cannot read properties of undefined (reading 'name'). Correct the site's code there (run with --verbose for the whole trace).",
    );
  });

  test('so is one thrown in a helper of the theme, below the generator\'s own frames', () => {
    const error = thrown('    at href (/gen/src/urls/permalinks.ts:10:3)\n    at mark (file:///site/theme/lib/mark.ts:3:9)\n    at Object.Byline (/site/theme/layouts/components/byline.tsx:5:52)');
    assert.equal(blameSiteCode(error, inUse)?.problems[0]?.file, 'theme/lib/mark.ts');
  });

  test('an error with no frame in the site\'s code is not blamed on it', () => {
    assert.equal(blameSiteCode(thrown('    at Object.Byline (/gen/layouts/components/byline.tsx:5:52)'), inUse), undefined);
    assert.equal(blameSiteCode('a string', inUse), undefined);
  });
});
