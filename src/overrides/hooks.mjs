// Module hooks that let a site replace the generator's layouts and components (issue #13, "overrides without
// forking"). Plain JavaScript, registered by src/cli/run.mjs before tsx (./register.mjs), so it needs no loader.
// It runs below tsx in the chain (the last registered runs first; and where tsx uses Node's synchronous
// `registerHooks`, synchronous hooks always run before asynchronous ones): tsx settles extensions and compiles
// TypeScript, and asks these hooks, through `nextResolve`, what a specifier it kept leads to.
//
// - A module that resolves to a file of the generator's `layouts/` that the site overrides is the site's file
//   instead: the list is findLayoutOverrides' (./find.ts), sent once by ./start.ts before any layout is imported.
// - `broadsheet/layouts/…` and `broadsheet/src/…` are the generator's own files, never redirected: an override
//   wraps or re-exports its original through them, wherever the site is.
// - What a module whose URL carries `?broadsheet-check` imports (./check.ts, through ./isolate.ts) is never
//   redirected, and a layout or a file of the site gets the mark too, so is a module of its own: the originals and
//   each override are loaded once in isolation, to compare their exports before anything links against an override.
//
// That the site's code is an ES module, compiled with Preact's JSX runtime, and finds `preact` in the generator's
// node_modules is src/cli/site-modules.mjs's work, for every module of the site.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Must match `checkParam` in ./check.ts. */
const checkParam = 'broadsheet-check';
const generatorSpecifier = /^broadsheet\/(.*)$/;
const generatorFolders = ['layouts', 'src'];

/** Real paths, from register.mjs. */
let generator = '';
let siteRoot = '';
/** The site's theme/ folder as reached from the real root and its real path (the sample site is the generator's folder). */
let siteTheme = [];
/** Generator layout file URL → the site's file URL. */
let redirects = new Map();

export function initialize(data) {
  ({ generator, siteRoot, siteTheme } = data);
  data.port.on('message', (message) => {
    redirects = new Map(message.redirects);
    data.port.postMessage('ready');
  });
}

const inside = (folder, file) => {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
};

const fileOf = (url) => (url?.startsWith('file:') ? fileURLToPath(url) : undefined);

const isChecking = (url) => url?.startsWith('file:') === true && new URL(url).searchParams.has(checkParam);

/** Modules a checked module's imports are isolated in: the generator's layouts and the site's own code. */
const isIsolated = (file) =>
  inside(path.join(generator, 'layouts'), file) || siteTheme.some((folder) => inside(folder, file)) || (inside(siteRoot, file) && !inside(generator, file));

export async function resolve(specifier, context, nextResolve) {
  const ours = generatorSpecifier.exec(specifier);
  if (ours !== null) {
    const file = path.resolve(generator, ours[1]);
    if (!generatorFolders.some((folder) => inside(path.join(generator, folder), file))) throw notGenerators(specifier, context.parentURL);
    return isolate(await nextResolve(pathToFileURL(file).href, context), context);
  }
  const resolved = await nextResolve(specifier, context);
  // (tsx takes a query off the specifier before asking, so only a loader that keeps it yields a marked URL here.)
  if (isChecking(context.parentURL) || isChecking(resolved.url)) return isolate(resolved, context);
  const file = fileOf(resolved.url);
  const redirect = file === undefined ? undefined : redirects.get(pathToFileURL(file).href);
  return redirect === undefined ? resolved : nextResolve(redirect, context);
}

/** Worded as Node words a missing module, which ./load-problem.ts explains to the author. */
function notGenerators(specifier, parentURL) {
  const from = fileOf(parentURL) ?? parentURL ?? 'the command';
  const error = new Error(`Cannot find module '${specifier}' imported from ${from}`);
  error.code = 'ERR_MODULE_NOT_FOUND';
  return error;
}

function isolate(resolved, context) {
  const file = fileOf(resolved.url);
  if (!isChecking(context.parentURL) || file === undefined || !isIsolated(file)) return resolved;
  const url = new URL(resolved.url);
  url.searchParams.set(checkParam, '');
  return { ...resolved, url: url.href };
}
