/**
 * The feed settings (issue #5): whether items carry the whole story or its summary, and how many stories a feed
 * lists. Proposed as `feeds` in the site settings; `checkFeedSettings` is for `resolveSite` to report with the rest.
 */
import { describeValue, type Problem } from '../errors.ts';

export interface FeedSettings {
  /** Items carry the story's full HTML (true) or only its summary, `description` or the excerpt (false). */
  readonly fullText: boolean;
  /** Newest stories per feed. */
  readonly limit: number;
}

/** Summaries, as most news sites publish them, and 20 items, as jekyll-feed does. A fresh object on every call. */
export function defaultFeedSettings(): FeedSettings {
  return { fullText: false, limit: 20 };
}

/** What is wrong with a `feeds` setting, field by field; `source` names the settings file. */
export function checkFeedSettings(value: unknown, source: string): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ file: source, field: 'feeds', message: `must be { fullText, limit }; found ${describeValue(value)}.`, fix: 'Write e.g. { "fullText": false, "limit": 20 }.' }];
  }
  const { fullText, limit } = value as Record<string, unknown>;
  const problems: Problem[] = [];
  if (typeof fullText !== 'boolean') {
    problems.push({ file: source, field: 'feeds.fullText', message: `must be true or false; found ${describeValue(fullText)}.`, fix: 'Write `true` for whole stories or `false` for summaries.' });
  }
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    problems.push({ file: source, field: 'feeds.limit', message: `must be a whole number of at least 1; found ${describeValue(limit)}.`, fix: 'Set it to, say, 20.' });
  }
  return problems;
}
