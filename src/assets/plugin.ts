/**
 * Static assets: the generator's stylesheet and scripts, and the site's images. (Issue #4 replaces the plain image
 * copy with the responsive pipeline.)
 */
import path from 'node:path';
import type { EleventyConfig } from '../types/eleventy.ts';

export interface AssetsOptions {
  readonly root: string;
  readonly generatorDir: string;
}

export function assetsPlugin(config: EleventyConfig, options: AssetsOptions): void {
  config.addPassthroughCopy({
    [path.join(options.generatorDir, 'assets/css')]: 'assets/css',
    [path.join(options.generatorDir, 'assets/js')]: 'assets/js',
    [path.join(options.root, 'assets/images')]: 'assets/images',
  });
  config.addWatchTarget(path.join(options.generatorDir, 'assets/css/'));
}
