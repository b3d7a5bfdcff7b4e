/**
 * Eleventy configuration: wiring only. Each concern is one named plugin in src/; run with `--config=.eleventy.ts`
 * (Eleventy does not look for this name by itself).
 */
import { assetsPlugin } from './src/assets/plugin.ts';
import { buildOptionsFromEnv } from './src/build/options.ts';
import { createBuildState } from './src/build/state.ts';
import { contentPlugin } from './src/content/plugin.ts';
import { imagesPlugin } from './src/images/plugin.ts';
import { pagesPlugin } from './src/pages/plugin.ts';
import { searchPlugin } from './src/search/plugin.ts';
import type { EleventyConfig } from './src/types/eleventy.ts';

export default function broadsheet(config: EleventyConfig) {
  const options = buildOptionsFromEnv(process.env, process.cwd());
  const state = createBuildState();

  // Posts are read by src/content, not by Eleventy's template engines: no Liquid runs over a story by accident,
  // and YAML timestamps keep the wall-clock time the author wrote. Eleventy renders our virtual templates only.
  config.setTemplateFormats(['11ty.js']);
  config.setQuietMode(true);
  config.addPlugin(contentPlugin, { ...options, state });
  config.addPlugin(pagesPlugin, { site: options.site, state, output: options.output, ...(options.buildTime ? { buildTime: options.buildTime } : {}) });
  config.addPlugin(imagesPlugin, { ...options, state });
  config.addPlugin(assetsPlugin, options);
  // After the images (state.afterWrite runs in this order): the index is made from the finished pages.
  if (options.site.search) config.addPlugin(searchPlugin, { site: options.site, state, output: options.output });

  return {
    dir: {
      // An input folder with no templates in it: every page is a virtual template.
      input: 'layouts',
      output: options.output,
    },
  };
}
