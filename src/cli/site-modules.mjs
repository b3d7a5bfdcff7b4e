// Module hooks for the site's own code (issue #13): `_data/*.js`, `pages/*.11ty.js|ts|tsx` and the like are ES
// modules, as in the generator, although the site's folder has no package.json saying so. Without this, Node takes
// a `.js` (and tsx a `.ts` or `.tsx`) file outside any `"type": "module"` package for CommonJS, and an `export` in it
// fails with "Cannot require() ES Module … in a cycle". Files in a folder whose own package.json says
// `"type": "commonjs"`, and `.cjs`/`.cts` files, keep their format.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** @type {string} */
let siteRoot = '';
/** @type {string} */
let generatorUrl = '';

/** @param {{ root: string, generator: string }} data */
export function initialize(data) {
  // Real paths, as the loader names files: a root reached through a link is still the site.
  try {
    siteRoot = realpathSync(path.resolve(data.root));
  } catch {
    siteRoot = path.resolve(data.root); // a root that does not exist: the build says so
  }
  generatorUrl = pathToFileURL(path.join(data.generator, 'package.json')).href;
}

/** A file of the site's own code (not a package the site installed itself). */
function isSiteFile(file) {
  return file.startsWith(`${siteRoot}${path.sep}`) && !file.includes(`${path.sep}node_modules${path.sep}`);
}

/** The `type` of the nearest package.json between the file and the site's root, if one says. */
function packageType(file) {
  for (let dir = path.dirname(file); dir.startsWith(siteRoot); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        return JSON.parse(readFileSync(manifest, 'utf8')).type;
      } catch {
        return undefined;
      }
    }
    if (dir === siteRoot) break;
  }
  return undefined;
}

const bare = (specifier) => !/^(\.{0,2}\/|[a-z][a-z0-9+.-]*:)/i.test(specifier);
const fromSite = (parentURL) => parentURL?.startsWith('file:') === true && isSiteFile(fileURLToPath(parentURL));

export async function resolve(specifier, context, nextResolve) {
  let resolved;
  try {
    resolved = await nextResolve(specifier, context);
  } catch (error) {
    // The site's folder has no node_modules: `preact` and the JSX runtime come from the generator's.
    if (!bare(specifier) || !fromSite(context.parentURL)) throw error;
    resolved = await nextResolve(specifier, { ...context, parentURL: generatorUrl });
  }
  if (!resolved.url.startsWith('file:')) return resolved;
  const file = fileURLToPath(resolved.url);
  if (!isSiteFile(file) || !/\.(m?js|jsx|m?ts|tsx)$/.test(file) || packageType(file) === 'commonjs') return resolved;
  return { ...resolved, format: 'module' };
}

/** TSX and JSX of the site are Preact's, as the generator's are (tsx applies the generator's tsconfig only inside it). */
export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  if (!url.startsWith('file:') || !/\.(jsx|tsx)$/.test(new URL(url).pathname) || !isSiteFile(fileURLToPath(url))) return loaded;
  const source = String(loaded.source ?? '');
  return /@jsxImportSource/.test(source) ? loaded : { ...loaded, source: `/** @jsxRuntime automatic @jsxImportSource preact */ ${source}` };
}
