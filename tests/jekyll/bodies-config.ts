// The one _config.yml of the bodies corpus (issue #12): bodies-regenerate.sh writes it for Jekyll, and
// tests/integration/jekyll-bodies.test.ts writes the same text for Broadsheet, so both build the same site.
// The `defaults` give every post the layout `post`, whose body is exactly `{{ content }}` (the script adds it to
// Jekyll's copy only), so Jekyll's page for a post is the post's rendered content and nothing else.

/** Jekyll's clock, frozen: `site.time` prints the same at every regeneration. Pass it to Broadsheet as BUILD_TIME. */
export const bodiesBuildTime = "2025-12-01T00:00:00Z";

/** The layout Jekyll's copy gets as `_layouts/post.html`: the post's content and nothing around it. */
export const bodiesLayout = "{{ content }}";

export function bodiesConfigYaml(): string {
  return [
    "# Written by tests/jekyll/bodies-regenerate.sh and tests/integration/jekyll-bodies.test.ts from",
    "# tests/jekyll/bodies-config.ts. kramdown and Liquid are left at Jekyll's defaults.",
    'title: "Broadsheet Bodies"',
    'url: "https://example.org"',
    'baseurl: "/blog"',
    'timezone: "UTC"',
    'permalink: "/:year/:month/:day/:title/"',
    `time: ${JSON.stringify(bodiesBuildTime)}`,
    "defaults:",
    "  - scope:",
    '      path: ""',
    '      type: "posts"',
    "    values:",
    '      layout: "post"',
    "",
  ].join("\n");
}
