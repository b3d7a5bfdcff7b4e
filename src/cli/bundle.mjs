// The build as one bundle of JavaScript (issue #14: a one-post build under 0.8 s).
//
// Through tsx, each of the build's 160 TypeScript modules costs a round trip to the loader's thread on Node 20:
// about half of a small build's time. So `npm run build` runs the build from a bundle esbuild makes of src/ and
// layouts/ (the packages stay outside it, imported from node_modules as usual), kept in .cache/bundle/<key>/ and
// made again whenever a file under src/ or layouts/ (or tsconfig.json, package.json) changes: the key is a digest of
// their paths, sizes and modification times. Chunks are split at dynamic imports, so what the build loads lazily
// (Eleventy for pages/, liquidjs for Liquid) stays lazy. Each module keeps its own `import.meta.url`.
//
// Anything that goes wrong here falls back to running the TypeScript through tsx: slower, never different.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const sourceFolders = ['src', 'layouts'];
const sourceFiles = /\.(ts|tsx|mjs|js)$/;

function* walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(file);
    else if (entry.isFile() && sourceFiles.test(entry.name)) yield file;
  }
}

/** A digest of what the bundle is made from: every source file's path, size and modification time. */
export function bundleKey(generator) {
  const hash = createHash('sha256');
  const files = [...sourceFolders.flatMap((folder) => [...walk(path.join(generator, folder))]), path.join(generator, 'tsconfig.json'), path.join(generator, 'package.json')];
  for (const file of files.sort()) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${path.relative(generator, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** esbuild plugin: `import.meta.url` in each module is that module's own file URL, as when run unbundled. */
function ownImportMetaUrl(generator) {
  return {
    name: 'own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.(ts|tsx|mjs)$/ }, (args) => {
        if (!args.path.startsWith(generator) || args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const loader = args.path.endsWith('.tsx') ? 'tsx' : args.path.endsWith('.ts') ? 'ts' : 'js';
        return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader };
      });
    },
  };
}

/**
 * The folder holding `build.mjs` (the build script, bundled) and `worker.mjs` (the build's worker threads), made
 * when missing; undefined when the bundle cannot be made (the caller then runs the TypeScript).
 */
export async function buildBundle(generator, script) {
  try {
    const key = bundleKey(generator);
    const cacheDir = path.join(generator, '.cache', 'bundle');
    const dir = path.join(cacheDir, key);
    try {
      if (statSync(path.join(dir, 'build.mjs')).isFile()) return dir;
    } catch {
      // Not made yet.
    }
    const { build } = await import('esbuild');
    const staging = path.join(cacheDir, `.${key}-${process.pid}`);
    await build({
      entryPoints: { build: script, worker: path.join(generator, 'src/build/worker-task.ts') },
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      tsconfig: path.join(generator, 'tsconfig.json'),
      sourcemap: true,
      sourcesContent: false,
      outExtension: { '.js': '.mjs' },
      logLevel: 'silent',
      plugins: [ownImportMetaUrl(generator)],
    });
    mkdirSync(cacheDir, { recursive: true });
    try {
      renameSync(staging, dir);
    } catch {
      // Another build made the same bundle first: theirs is as good.
      rmSync(staging, { recursive: true, force: true });
    }
    // One bundle is kept: the others were made from sources that have since changed.
    for (const entry of readdirSync(cacheDir)) if (entry !== key && !entry.startsWith('.')) rmSync(path.join(cacheDir, entry), { recursive: true, force: true });
    return dir;
  } catch {
    return undefined;
  }
}
