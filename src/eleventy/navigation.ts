/**
 * Pages joining the menus from their own front matter (issue #13), as `@11ty/eleventy-navigation` reads it:
 *
 *     eleventyNavigation:
 *       key: About          # the link's text (required)
 *       order: 3            # lower first; pages without one come after, by key
 *       menu: footer        # Broadsheet's: `masthead` (the default) or `footer`
 *
 * In the masthead a page takes the place the `navigation.masthead` setting gives its key, else it comes after the
 * listed links. Pure.
 */
import { describeValue, type Problem } from '../errors.ts';

export interface PageNavigation {
  readonly key: string;
  /** The page's URL path, without the path prefix. */
  readonly url: string;
  readonly order?: number;
  readonly menu: 'masthead' | 'footer';
  /** The template that asked for it, for messages. */
  readonly source: string;
}

export interface NavigationRead {
  readonly entry?: PageNavigation;
  readonly problems: readonly Problem[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const example = 'Write e.g. eleventyNavigation: { key: About, order: 3 } (menu: footer puts it in the footer).';

/** A page's `eleventyNavigation`, checked; absent, no entry and no problem. */
export function readPageNavigation(value: unknown, url: string, source: string): NavigationRead {
  if (value === undefined || value === null || value === false) return { problems: [] };
  const problem = (field: string, message: string, fix = example): NavigationRead => ({ problems: [{ file: source, field: `eleventyNavigation${field}`, message, fix }] });
  if (!isPlainObject(value)) return problem('', `must be a map with at least a key; found ${describeValue(value)}.`);
  const { key, order, menu, parent } = value;
  if (typeof key !== 'string' || key.trim() === '') return problem('.key', `must be the link's text; found ${describeValue(key)}.`);
  if (order !== undefined && (typeof order !== 'number' || !Number.isFinite(order))) return problem('.order', `must be a number; found ${describeValue(order)}.`);
  if (menu !== undefined && menu !== 'masthead' && menu !== 'footer') return problem('.menu', `must be masthead or footer; found ${describeValue(menu)}.`);
  if (parent !== undefined) {
    return problem('.parent', `names ${describeValue(parent)}, but Broadsheet's menus have one level.`, 'Remove parent: the page joins the masthead, or the footer with menu: footer.');
  }
  return { entry: { key: key.trim(), url, menu: menu ?? 'masthead', source, ...(order === undefined ? {} : { order }) }, problems: [] };
}

/** Pages of one menu in their order: by `order` (pages without one last), then by key. */
export function menuOrder(entries: readonly PageNavigation[]): PageNavigation[] {
  const rankOf = (entry: PageNavigation): number => entry.order ?? Number.POSITIVE_INFINITY;
  return [...entries].sort((a, b) => rankOf(a) - rankOf(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
