/**
 * Eleventy's configuration, for the site owner's own pages (`pages/`): wiring only. Broadsheet's build runs Eleventy
 * as the adapter that renders those templates (src/eleventy/owner-pages.ts gives them the site's data, collections,
 * filters, shortcodes and the `page` layout); stories and listings are written by Broadsheet's own writer.
 *
 * Add your own Eleventy filters, shortcodes and template languages here, as the Eleventy docs show:
 *   config.addFilter('shout', (text) => String(text).toUpperCase());
 */
import { templateLanguages } from './src/eleventy/templates.ts';
import type { EleventyConfig } from './src/types/eleventy.ts';

export default function broadsheet(config: EleventyConfig): void {
  // Run by Eleventy's own command, this would take the generator's folder (README, tests) for templates.
  if (process.env['ELEVENTY_SOURCE'] === 'cli') {
    throw new Error('Broadsheet runs Eleventy itself: build with `npm run build`, preview with `npm run serve`.');
  }
  config.addPlugin(templateLanguages, undefined);
}
