// What a reader can tell apart in a rendered story body (issue #12), so that Broadsheet's body can be compared with
// Jekyll's without comparing markup that no reader sees (kramdown indents its HTML, Rouge and highlight.js name
// their token classes differently). Pure: HTML in, plain values out. The HTML is parsed with htmlparser2, never
// matched with regular expressions.
import { DomUtils, parseDocument } from "htmlparser2";

type Document = ReturnType<typeof parseDocument>;
type Node = Document["children"][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;

export interface BodyFeatures {
  /**
   * The visible text outside code blocks: tags stripped, entities decoded, a space at each block's edge, runs of
   * HTML white space folded to one space. Typographic quotes and dashes are compared as written.
   */
  readonly text: string;
  /** Each footnote (`fn:1: its text`, back links left out), then each reference to one (`fnref:1 → #fn:1 [1]`). */
  readonly footnotes: readonly string[];
  /** Every heading in order, as `h2#its-id: its text`, or `h2: its text` when it has no ID. */
  readonly headerIds: readonly string[];
  /** The text of each code block (outermost `pre`), line-number gutters left out, trailing newlines dropped. */
  readonly code: readonly string[];
  /**
   * Every element with an ID or class an author could have set (`p#intro.lead`), in order: IALs, HTML written in the
   * post or its includes, the table of contents. Left out as machinery: heading IDs (`headerIds`), footnote IDs and
   * classes (`footnotes`), and code highlighting (everything in a `pre`, and the highlighters' wrapper classes).
   */
  readonly attributes: readonly string[];
}

export type Aspect = keyof BodyFeatures;
export const aspects: readonly Aspect[] = ["text", "footnotes", "headerIds", "code", "attributes"];

export interface AspectDifference {
  readonly aspect: Aspect;
  /** What differs, readably: the first differing place in the text, or the lines only one side has. */
  readonly detail: string;
}

/** The story body of a Broadsheet post page: the children of layouts/post.tsx's `<div class="story__body">`. */
export function storyBody(pageHtml: string): readonly Node[] | undefined {
  const body = DomUtils.findOne((element) => classes(element).includes("story__body"), parseDocument(pageHtml).children);
  return body === null ? undefined : body.children;
}

export function bodyFeatures(body: string | readonly Node[]): BodyFeatures {
  const nodes = typeof body === "string" ? parseDocument(body).children : body;
  const elements = DomUtils.findAll(() => true, [...nodes]);
  return {
    text: visibleText(nodes, { skipCode: true }),
    footnotes: footnotes(elements),
    headerIds: elements.filter((element) => headings.has(element.name)).map((h) => `${h.name}${h.attribs["id"] === undefined ? "" : `#${h.attribs["id"]}`}: ${visibleText(h.children)}`),
    code: elements.filter((element) => element.name === "pre" && !insidePre(element)).map(codeText),
    attributes: elements.flatMap((element) => {
      const described = authored(element);
      return described === undefined ? [] : [described];
    }),
  };
}

export function compareBodies(jekyll: BodyFeatures, ours: BodyFeatures): AspectDifference[] {
  return aspects.flatMap((aspect): AspectDifference[] => {
    const a = jekyll[aspect];
    const b = ours[aspect];
    if (typeof a === "string" && typeof b === "string") return a === b ? [] : [{ aspect, detail: textDifference(a, b) }];
    const left = typeof a === "string" ? [a] : a;
    const right = typeof b === "string" ? [b] : b;
    if (sameList(left, right)) return [];
    // As many on each side: say which differ and where, rather than a diff of whole code blocks.
    if (left.length === right.length) {
      const detail = left.flatMap((value, index) => {
        const other = right[index] ?? "";
        if (value === other) return [];
        const lines = value.includes("\n") || other.includes("\n");
        return [`#${index + 1} ${lines ? listDifference(value.split("\n"), other.split("\n")) : textDifference(value, other)}`];
      });
      return [{ aspect, detail: detail.join("\n") }];
    }
    return [{ aspect, detail: listDifference(left, right) }];
  });
}

const headings = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const hidden = new Set(["script", "style", "template", "head", "title"]);
/** Elements whose edges separate words, as a browser lays them out; inline elements (em, a, code, abbr) do not. */
const blocks = new Set([
  ...headings, "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
  "td", "tfoot", "th", "thead", "tr", "ul",
]);
/** Line-number gutters: Rouge's `linenos` table (`td.gutter` holding `pre.lineno`) and its `rouge-gutter` form. */
const gutters = new Set(["gutter", "lineno", "rouge-gutter"]);
/** Classes a highlighter or kramdown adds around code: not the author's. */
const codeClass = (name: string): boolean => /^(highlight|highlighter-rouge|language-.+|rouge-.+|hljs.*|gutter|gl|lineno|code)$/.test(name);
const footnoteClass = (name: string): boolean => name === "footnotes" || name === "footnote" || name === "reversefootnote";
const footnoteId = (id: string): boolean => id.startsWith("fn:") || id.startsWith("fnref:");

function classes(node: Node): string[] {
  return DomUtils.isTag(node) ? (node.attribs["class"] ?? "").split(/[ \t\n\r\f]+/).filter((name) => name !== "") : [];
}

function insidePre(element: Element): boolean {
  for (let parent = element.parent; parent !== null; parent = parent.parent) {
    if (DomUtils.isTag(parent) && parent.name === "pre") return true;
  }
  return false;
}

function visibleText(nodes: readonly Node[], options: { skipCode?: boolean; skip?: (element: Element) => boolean } = {}): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (DomUtils.isText(node)) parts.push(node.data);
    if (!DomUtils.isTag(node) || hidden.has(node.name) || options.skip?.(node) === true) return;
    if (node.name === "pre" && options.skipCode === true) {
      parts.push(" ");
      return;
    }
    const block = blocks.has(node.name);
    if (block) parts.push(" ");
    for (const child of node.children) walk(child);
    if (block) parts.push(" ");
  };
  for (const node of nodes) walk(node);
  return parts.join("").replace(/[ \t\n\r\f]+/g, " ").trim();
}

function codeText(pre: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (DomUtils.isText(node)) parts.push(node.data);
    if (!DomUtils.isTag(node) || classes(node).some((name) => gutters.has(name))) return;
    if (node.name === "br") parts.push("\n");
    for (const child of node.children) walk(child);
  };
  for (const child of pre.children) walk(child);
  return parts.join("").replace(/\n+$/, "");
}

function footnotes(elements: readonly Element[]): string[] {
  const containers = elements.filter((element) => classes(element).includes("footnotes"));
  const notes = containers.flatMap((container) =>
    DomUtils.findAll((element) => element.name === "li", container.children).map((li) => `${li.attribs["id"] ?? "(no id)"}: ${visibleText(li.children, { skip: (element) => classes(element).includes("reversefootnote") })}`),
  );
  const references = elements
    .filter((element) => element.name === "a" && classes(element).includes("footnote"))
    .map((a) => {
      const holder = a.parent !== null && DomUtils.isTag(a.parent) && a.parent.name === "sup" ? a.parent : a;
      return `${holder.attribs["id"] ?? "(no id)"} → ${a.attribs["href"] ?? "(no href)"} [${visibleText(a.children)}]`;
    });
  return [...notes, ...references];
}

/** `tag#id.class` for what an author set on an element, or undefined when it carries only machinery. */
function authored(element: Element): string | undefined {
  if (element.name === "pre" || insidePre(element)) return undefined;
  const id = element.attribs["id"];
  const keepId = id !== undefined && !headings.has(element.name) && !footnoteId(id);
  const kept = classes(element).filter((name) => !codeClass(name) && !footnoteClass(name));
  if (!keepId && kept.length === 0) return undefined;
  return `${element.name}${keepId ? `#${id}` : ""}${kept.map((name) => `.${name}`).join("")}`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** The first place the two texts part, with some context on each side. */
export function textDifference(jekyll: string, ours: string): string {
  let start = 0;
  while (start < jekyll.length && start < ours.length && jekyll[start] === ours[start]) start++;
  let end = 0;
  while (end < jekyll.length - start && end < ours.length - start && jekyll[jekyll.length - 1 - end] === ours[ours.length - 1 - end]) end++;
  const context = 30;
  const excerpt = (value: string): string => {
    const from = Math.max(0, start - context);
    const to = Math.min(value.length, Math.max(start, value.length - end) + context);
    return `${from > 0 ? "…" : ""}${value.slice(from, to)}${to < value.length ? "…" : ""}`;
  };
  return `differs at character ${start}:\n    jekyll: ${JSON.stringify(excerpt(jekyll))}\n    ours:   ${JSON.stringify(excerpt(ours))}`;
}

/** A line diff (longest common subsequence): `- ` only Jekyll has it, `+ ` only Broadsheet has it. */
export function listDifference(jekyll: readonly string[], ours: readonly string[]): string {
  const rows = jekyll.length + 1;
  const cols = ours.length + 1;
  const common: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => common[i * cols + j] ?? 0;
  for (let i = jekyll.length - 1; i >= 0; i--) {
    for (let j = ours.length - 1; j >= 0; j--) {
      common[i * cols + j] = jekyll[i] === ours[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  const show = (value: string | undefined): string => JSON.stringify(value ?? "");
  while (i < jekyll.length || j < ours.length) {
    if (i < jekyll.length && j < ours.length && jekyll[i] === ours[j]) {
      lines.push(`    ${show(jekyll[i])}`);
      i++;
      j++;
    } else if (i < jekyll.length && (j === ours.length || at(i + 1, j) >= at(i, j + 1))) {
      lines.push(`  - ${show(jekyll[i])}`);
      i++;
    } else {
      lines.push(`  + ${show(ours[j])}`);
      j++;
    }
  }
  return `(- Jekyll only, + Broadsheet only)\n${lines.join("\n")}`;
}
