/**
 * Jekyll's own Liquid tags, for liquidjs (issue #12): `highlight`, `post_url`, `link` and `include_relative`.
 * liquidjs has `include` with Jekyll's syntax (`jekyllInclude`) and `raw`. Each tag is told what it needs of the
 * build through `JekyllTagContext`, so nothing here reads the file system by itself.
 */
import { type Context, type Emitter, Hash, type Liquid, type Parser, Tag, type TagToken, type Template, type TopLevelToken, TypeGuards } from 'liquidjs';
import { codeBlock } from '../markdown/highlight.ts';

export interface JekyllTagContext {
  /** The URL (with the base URL) of the post `{% post_url name %}` names, or why there is none. */
  readonly postUrl: (name: string) => { readonly url: string } | { readonly error: string };
  /** The URL (with the base URL) of the site file `{% link path %}` names, or why there is none. */
  readonly link: (sitePath: string) => { readonly url: string } | { readonly error: string };
  /** The text of `file` next to the post being rendered (the post is `ctx.environments.page.path`), or why not. */
  readonly readRelative: (postPath: string, file: string) => { readonly text: string; readonly sitePath: string } | { readonly error: string };
}

type Generated = Generator<unknown, void, unknown>;

/** Marks a template parsed from a file beside a post (not from `_includes/`), so its errors name that file. */
export const sitePathMark = 'site:';
type Rendering<T> = Generator<unknown, T, unknown>;

/** The rest of a tag after its name, as written: `{% post_url 2010-07-21-name %}` → `2010-07-21-name`. */
function argumentsOf(token: TagToken): string {
  return token.args.trim();
}

/** Renders `{{ … }}` in a tag argument (`{% post_url {{ page.next_post }} %}`), as Jekyll does for `link`. */
function* renderArgument(liquid: Liquid, text: string, ctx: Context): Rendering<string> {
  if (!text.includes('{{')) return text;
  return (yield liquid.renderer.renderTemplates(liquid.parse(text), ctx)) as string;
}

/**
 * `{% highlight ruby [linenos] %}…{% endhighlight %}`: the block is rendered (Liquid inside runs, as in Jekyll), its
 * leading and trailing line breaks dropped, and highlighted at build time.
 */
function highlightTag(): new (token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) => Tag {
  return class HighlightTag extends Tag {
    private readonly language: string;
    private readonly linenos: boolean;
    private readonly templates: Template[] = [];

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid);
      // Jekyll's SYNTAX: a language (Liquid's variable signature), then options.
      const syntax = /^([\w\-.[\]()+#]+)\s*([\s\S]*?)\s*$/.exec(argumentsOf(token));
      if (syntax === null) {
        throw new Error(`Syntax Error in tag 'highlight' while parsing the following markup: ${token.args.trim()}. Valid syntax: highlight <lang> [linenos]`);
      }
      this.language = syntax[1] ?? '';
      this.linenos = /(^|\s)linenos(\s|=|$)/.test(syntax[2] ?? '');
      while (remain.length > 0) {
        const next = remain.shift();
        if (next === undefined) break;
        if (TypeGuards.isTagToken(next) && next.name === 'endhighlight') return;
        this.templates.push(parser.parseToken(next, remain));
      }
      throw new Error(`tag ${token.getText()} not closed`);
    }

    *render(ctx: Context, emitter: Emitter): Generated {
      const code = (yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string;
      emitter.write(codeBlock(code.replace(/^[\n\r]+|[\n\r]+$/g, ''), this.language, { linenos: this.linenos, source: 'highlight' }));
    }
  };
}

function urlTag(kind: 'post_url' | 'link', resolve: (name: string) => { readonly url: string } | { readonly error: string }): new (token: TagToken, remain: TopLevelToken[], liquid: Liquid) => Tag {
  return class UrlTag extends Tag {
    private readonly target: string;

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.target = argumentsOf(token);
      if (this.target === '') throw new Error(`tag ${kind} needs a ${kind === 'post_url' ? "post's name, {% post_url 2025-10-09-slug %}" : "file's path, {% link _posts/2025-10-09-slug.md %}"}`);
    }

    *render(ctx: Context, emitter: Emitter): Generated {
      const name = yield* renderArgument(this.liquid, this.target, ctx);
      const found = resolve(name.trim());
      if ('error' in found) throw new Error(found.error);
      emitter.write(found.url);
    }
  };
}

/**
 * `{% include_relative file.md param="x" %}`: a file beside the post, with the same parameters as `include`.
 * Jekyll refuses `..` and odd characters in the name; so does this.
 */
function includeRelativeTag(context: JekyllTagContext): new (token: TagToken, remain: TopLevelToken[], liquid: Liquid) => Tag {
  return class IncludeRelativeTag extends Tag {
    private readonly file: string;
    private readonly hash: Hash;

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      const { tokenizer } = token;
      tokenizer.skipBlank();
      const start = tokenizer.p;
      // The file name runs to the first blank outside `{{ }}`.
      let depth = 0;
      while (tokenizer.p < tokenizer.N) {
        const rest = tokenizer.input.slice(tokenizer.p, tokenizer.p + 2);
        if (rest === '{{') depth++;
        if (rest === '}}') depth = Math.max(0, depth - 1);
        if (depth === 0 && /\s/.test(tokenizer.input[tokenizer.p] ?? '')) break;
        tokenizer.p++;
      }
      this.file = tokenizer.input.slice(start, tokenizer.p);
      if (this.file === '') throw new Error("tag include_relative needs a file name, {% include_relative notes.md %}");
      this.hash = new Hash(tokenizer, true);
    }

    *render(ctx: Context, emitter: Emitter): Generated {
      const file = (yield* renderArgument(this.liquid, this.file, ctx)).trim();
      // Jekyll's IncludeTag: INVALID_SEQUENCES and VALID_FILENAME_CHARS.
      if (/[./]{2,}/.test(file.replace(/^\.\//, '')) || !/^[\w/.\-()+~#@]+$/.test(file)) {
        throw new Error(`Invalid syntax for include_relative tag. File "${file}" contains invalid characters or sequences; use a file beside the post, without "..".`);
      }
      const page = ctx.getSync(['page']) as { path?: unknown } | undefined;
      const read = context.readRelative(String(page?.path ?? ''), file);
      if ('error' in read) throw new Error(read.error);
      const scope = (yield this.hash.render(ctx)) as Record<string, unknown>;
      ctx.push({ include: scope });
      try {
        yield this.liquid.renderer.renderTemplates(this.liquid.parse(read.text, `${sitePathMark}${read.sitePath}`), ctx, emitter);
      } finally {
        ctx.pop();
      }
    }
  };
}

export function registerJekyllTags(liquid: Liquid, context: JekyllTagContext): void {
  liquid.registerTag('highlight', highlightTag());
  liquid.registerTag('post_url', urlTag('post_url', context.postUrl));
  liquid.registerTag('link', urlTag('link', context.link));
  liquid.registerTag('include_relative', includeRelativeTag(context));
}
