/**
 * The template languages of the owner's `pages/` (issue #13), for `.eleventy.ts`: Eleventy's own (markdown, Nunjucks,
 * Liquid, HTML, JavaScript), and TypeScript and TSX through the loader every Broadsheet command runs under, a TSX
 * template's JSX rendered by Preact as the layouts are.
 */
import { isValidElement } from 'preact';
import { render } from 'preact-render-to-string';
import type { EleventyConfig } from '../types/eleventy.ts';

export function templateLanguages(config: EleventyConfig): void {
  config.setQuietMode(true);
  config.addExtension(['11ty.ts', '11ty.tsx', '11ty.jsx'], {
    key: '11ty.js',
    compile: () =>
      async function (data) {
        const content = await this.defaultRenderer(data);
        return isValidElement(content) ? render(content) : String(content ?? '');
      },
  });
  // Eleventy's own formats (md, njk, liquid, html, 11ty.js) are on by default.
  config.addTemplateFormats(['11ty.ts', '11ty.tsx', '11ty.jsx']);
}
