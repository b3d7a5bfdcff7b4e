/**
 * What a failed import of an override means, for the site's author (issue #13): the file and line at fault, what
 * went wrong, what to do; never a stack. Pure: takes the error as Node, tsx or esbuild threw it (an error from the
 * module hooks' thread arrives as a plain copy: name, message, stack and code only).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../errors.ts';
import type { LayoutOverride } from './find.ts';

interface Failure {
  readonly name: string;
  readonly message: string;
  readonly stack: string;
  readonly code?: string;
}

function failureOf(error: unknown): Failure {
  if (error === null || typeof error !== 'object') return { name: 'Error', message: String(error), stack: '' };
  const { name, message, stack, code } = error as Record<string, unknown>;
  return {
    name: typeof name === 'string' ? name : 'Error',
    message: typeof message === 'string' ? message : String(error),
    stack: typeof stack === 'string' ? stack : '',
    ...(typeof code === 'string' ? { code } : {}),
  };
}

/** How the site calls a file: from its root (`theme/layouts/post.tsx`); the override by its site path. */
function siteName(file: string, override: Pick<LayoutOverride, 'path' | 'sitePath'>, rootReal: string): string {
  if (file === override.path) return override.sitePath;
  const relative = path.relative(rootReal, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

/** `text` with the site's absolute paths written from its root. */
function fromRoot(text: string, rootReal: string): string {
  return text.split(`${rootReal}${path.sep}`).join('');
}

const esbuildError = /^(.+?):(\d+):(\d+): ERROR: (.+)$/gm;
/** The first line of Node's account of a link error: `/site/theme/layouts/post.tsx:3`. */
const linkLocation = /^(\/.+|[A-Za-z]:\\.+):(\d+)\n/;
/** A stack frame: `at fn (/site/theme/layouts/post.tsx:3:6)`, `at file:///site/…:3:6`. */
const frame = /^\s+at (?:async )?(?:.*? \()?((?:file:\/\/)?(?:[A-Za-z]:)?[^():]+):(\d+):\d+\)?$/gm;

/** The files and lines of a stack's frames, innermost first; paths, not URLs. */
export function stackFrames(stack: string): Array<{ readonly file: string; readonly line: number }> {
  return [...stack.matchAll(frame)].map(([, file = '', line = '']) => ({ file: file.startsWith('file:') ? fileURLToPath(file) : file, line: Number(line) }));
}
const notFound = /^Cannot find (module|package) '([^']+)' imported from (.+)$/;

/** The problems a failed import of `override` shows: one per compile error, else one. */
export function loadProblems(override: Pick<LayoutOverride, 'path' | 'sitePath'>, error: unknown, rootReal: string): Problem[] {
  const failure = failureOf(error);
  const name = (file: string): string => siteName(file.startsWith('file:') ? fileURLToPath(file) : file, override, rootReal);

  const compile = [...failure.message.matchAll(esbuildError)];
  if (compile.length > 0) {
    return compile.map(([, file = '', line = '', column = '', text = '']) => ({
      file: name(file),
      line: Number(line),
      message: `does not compile: ${text} (column ${column}).`,
      fix: 'Correct the TypeScript or JSX there and build again.',
    }));
  }

  const missing = notFound.exec(failure.message);
  if (failure.code === 'ERR_MODULE_NOT_FOUND' && missing !== null) {
    const [, kind = '', wanted = '', importer = ''] = missing;
    // A package is looked for in Broadsheet's node_modules (the site has none), hence "imported from package.json".
    const from = kind === 'package' ? override.sitePath : name(importer);
    const what = kind === 'package' ? `the package ${wanted}, which Broadsheet does not have` : `${fromRoot(wanted, rootReal)}, which does not exist`;
    return [{ file: from, message: `imports ${what}.`, fix: importFix }];
  }

  const link = linkLocation.exec(failure.stack);
  if (failure.name === 'SyntaxError' && link !== null) {
    const [, file = '', line = ''] = link;
    return [{ file: name(file), line: Number(line), message: `${fromRoot(failure.message, rootReal)}.`, fix: `Import only what that module exports, and build again.` }];
  }

  const thrown = stackFrames(failure.stack).find((at) => !at.file.includes(`${path.sep}node_modules${path.sep}`) && name(at.file) !== at.file);
  const where = thrown === undefined ? { file: override.sitePath } : { file: name(thrown.file), line: thrown.line };
  return [{ ...where, message: `fails as it loads: ${failure.name}: ${fromRoot(failure.message, rootReal)}.`, fix: 'Correct the code there; what a module runs at its top level runs when the build starts.' }];
}

const importFix = "An override can import Broadsheet's files (import { Byline } from 'broadsheet/layouts/components/byline.tsx', 'broadsheet/src/…'), the packages Broadsheet uses (preact), and files of the site by relative path.";
