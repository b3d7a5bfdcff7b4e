/**
 * The html-validate rules every built page passes (tests/integration/html-validate.test.ts), and the search page
 * after its script has drawn results (tests/browser/search-page.test.ts).
 *
 * html-validate:recommended (content models, ARIA, attributes, duplicate ids…) and :document, which adds the checks
 * for whole documents: a doctype, heading levels that do not skip, ids that aria-labelledby and label[for] point to.
 * Rules turned off or narrowed below fired on the generated markup without anything being wrong for a browser or
 * assistive technology:
 */
import type { ConfigData } from 'html-validate';

export const builtPageRules: ConfigData = {
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // `<!doctype html>` and Preact's `<meta/>`: both spellings are standard HTML; these rules are about source style.
    'doctype-style': 'off',
    'void-style': 'off',
    // Subresource integrity protects files fetched from other hosts. The site's own stylesheet and script are
    // same-origin, where :document's default (`target: all`) fires on each; anything from another host still must.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Inline style is deliberate in two places: the blurred image placeholder on each <img> (issue #4) and
    // markdown-it's table column alignment (`text-align`). The rule's `allowedProperties` cannot express the first:
    // html-validate splits declarations at the `;` inside `url(data:image/webp;base64,…)`.
    'no-inline-style': 'off',
  },
};

/**
 * The same rules over a page as a browser serializes it: the DOM writes every boolean attribute as `checked=""`
 * (the source has `checked`), so the two rules about how such attributes are spelt are off.
 */
export const serializedPageRules: ConfigData = {
  ...builtPageRules,
  rules: { ...builtPageRules.rules, 'attribute-boolean-style': 'off', 'attribute-empty-style': 'off' },
};
