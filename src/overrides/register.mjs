// Registers ./hooks.mjs for src/cli/run.mjs when the site has a `theme/layouts/` of its own (issue #13). Before tsx,
// like src/cli/site-modules.mjs (hooks.mjs says why), so plain JavaScript: nothing compiles TypeScript yet.
import { lstatSync, realpathSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';

const realOrAsIs = (file) => {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
};

/**
 * `root`: the site folder; `generator`: Broadsheet's. Registers nothing and returns undefined when there is no
 * `<root>/theme/layouts` or when it is the generator's own `layouts/` folder. Otherwise returns the real paths and
 * `redirect`, which hands the hooks the overrides (src/overrides/start.ts calls it before any layout is imported).
 */
export function registerOverrideHooks(root, generator) {
  const siteRoot = realOrAsIs(path.resolve(root));
  const generatorReal = realOrAsIs(generator);
  const siteLayouts = path.join(siteRoot, 'theme', 'layouts');
  try {
    lstatSync(siteLayouts);
  } catch {
    return undefined;
  }
  if (realOrAsIs(siteLayouts) === path.join(generatorReal, 'layouts')) return undefined;
  const theme = path.join(siteRoot, 'theme');
  const { port1, port2 } = new MessageChannel();
  register(new URL('./hooks.mjs', import.meta.url), {
    data: { generator: generatorReal, siteRoot, siteTheme: [...new Set([theme, realOrAsIs(theme)])], port: port2 },
    transferList: [port2],
  });
  return {
    siteRoot,
    generator: generatorReal,
    redirect: (redirects) =>
      new Promise((resolve) => {
        port1.once('message', () => {
          // Closed once told, so the channel keeps no process alive.
          port1.close();
          resolve();
        });
        port1.postMessage({ redirects });
      }),
  };
}
