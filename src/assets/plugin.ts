/** Static assets: the generator's stylesheet and scripts. Photos go through src/images instead. */
import path from 'node:path';
import type { EleventyConfig } from '../types/eleventy.ts';

export interface AssetsOptions {
  readonly generatorDir: string;
}

export function assetsPlugin(config: EleventyConfig, options: AssetsOptions): void {
  config.addPassthroughCopy({
    [path.join(options.generatorDir, 'assets/css')]: 'assets/css',
    [path.join(options.generatorDir, 'assets/js')]: 'assets/js',
  });
  config.addWatchTarget(path.join(options.generatorDir, 'assets/css/'));
}
