// The search page (layouts/search.tsx, issue #15): results drawn as the site's own cards over Pagefind's JavaScript
// API (pagefind.js in the search bundle), with the masthead's box as the page's one search box. The box is filled
// from `?q=`, results follow as the reader types, and `?q=` and `?sort=` are kept in the address so a search can be
// shared or reloaded. Everything Pagefind returns is put in the page as text (textContent, attributes); its
// excerpt's <mark>s are the only markup kept, rebuilt rather than copied.
//
// What a result shows comes with it (src/search/result-fields.ts): `meta.title` and `meta.dek`, which Pagefind
// searches, and in `filters`, which it does not, one-value lists of date, datetime, section, image, image_alt,
// image_width, image_height, image_modern and image_modern_type. Their URLs are prefix-free; `siteUrl` adds the
// path prefix.
(() => {
  const root = document.getElementById('search');
  const input = document.getElementById('masthead-search');
  if (!(root instanceof HTMLElement) || !(input instanceof HTMLInputElement)) return;
  const status = root.querySelector('.search__status');
  const list = root.querySelector('.search__results');
  const hint = root.querySelector('.search__hint');
  const more = root.querySelector('.search__more');
  const moreButton = root.querySelector('.search__more-button');
  const sorts = [...root.querySelectorAll('input[name="sort"]')];
  if (!status || !list || !hint || !more || !moreButton) return;
  const { library = '', bundlePath = '', baseUrl = '/' } = root.dataset;

  /** Results drawn at once, and then at each "More results". */
  const perPage = 10;
  /** Milliseconds without a keystroke before the box is searched. */
  const typingPause = 250;
  const instructions = 'Type in the search box above: results appear as you type.';
  const pageTitle = document.title;
  const language = document.documentElement.lang || undefined;

  /** Pagefind, imported on the first search and set up once; after a failure (offline), the next search tries again. */
  let api;
  const pagefind = () =>
    (api ??= import(library).then(
      async (loaded) => {
        await loaded.options({ basePath: bundlePath, baseUrl });
        return loaded;
      },
      (error) => {
        api = undefined;
        throw error;
      },
    ));

  /** A URL fit for an `href` or `src`: a path on this site or an http(s) address; anything else is dropped. */
  const allowed = (url) => (typeof url === 'string' && (/^\/(?!\/)/.test(url) || /^https?:\/\//i.test(url)) ? url : undefined);
  /** A prefix-free site path from a result's details under the path prefix (`/assets/…` → `/news/assets/…`). */
  const siteUrl = (url) => allowed(typeof url === 'string' && /^\/(?!\/)/.test(url) ? `${baseUrl.replace(/\/+$/, '')}${url}` : url);

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  /**
   * The sentence of Pagefind's excerpt where a matched word first shows that the headline and dek do not show, with
   * the matched words in <mark>; undefined when the card already shows every one. The excerpt is text with `<`/`>`
   * escaped and the matches in <mark>: it is parsed into an inert document (nothing in it runs or loads), and only
   * its text and which parts were marked are carried over.
   */
  const matchLine = (excerpt, shown) => {
    if (typeof excerpt !== 'string' || excerpt === '') return undefined;
    const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
    const visible = shown.filter(Boolean).join(' ').toLowerCase();
    let offset = 0;
    const spans = [...parsed.body.childNodes].map((node) => {
      const text = node.textContent ?? '';
      const span = { text, marked: node.nodeName === 'MARK', start: offset, end: offset + text.length };
      offset = span.end;
      return span;
    });
    const first = spans.find((span) => span.marked && !visible.includes(span.text.toLowerCase()));
    if (first === undefined) return undefined;
    const text = spans.map((span) => span.text).join('');
    const stops = [...text.slice(0, first.start).matchAll(/[.!?]["”’)]?\s+/g)];
    const last = stops.at(-1);
    const start = last === undefined ? 0 : last.index + last[0].length;
    const stop = /[.!?]["”’)]?(?=\s|$)/.exec(text.slice(first.end));
    const end = stop === null ? text.length : first.end + stop.index + stop[0].length;
    const line = element('p', 'search__match');
    if (last === undefined) line.append('…');
    for (const span of spans) {
      const part = span.text.slice(Math.max(0, start - span.start), Math.max(0, end - span.start));
      if (part !== '') line.append(span.marked ? element('mark', '', part) : part);
    }
    if (stop === null) line.append('…');
    return line;
  };

  /** A result's detail: the one value of its filter `key`, or undefined. */
  const detailOf = (data) => (key) => {
    const value = data.filters?.[key];
    return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
  };

  /** The lead image's thumbnail in a fixed box (site.css), its modern format offered first. */
  const thumbnail = (detail) => {
    const src = siteUrl(detail('image'));
    if (src === undefined) return undefined;
    const picture = element('picture', 'search__thumb');
    const modern = siteUrl(detail('image_modern'));
    const type = detail('image_modern_type');
    if (modern !== undefined && type !== undefined) {
      const source = element('source');
      source.type = type;
      source.srcset = modern;
      picture.append(source);
    }
    const img = element('img', 'card__image');
    img.src = src;
    img.alt = detail('image_alt') ?? '';
    const [width, height] = [detail('image_width'), detail('image_height')];
    if (/^\d+$/.test(width ?? '') && /^\d+$/.test(height ?? '')) {
      img.width = Number(width);
      img.height = Number(height);
    }
    img.loading = 'lazy';
    img.decoding = 'async';
    picture.append(img);
    return picture;
  };

  /** One result as a listing card: section, headline, dek, the matched words when they show nowhere else, date, thumbnail. */
  const card = (data) => {
    const meta = data.meta ?? {};
    const detail = detailOf(data);
    const item = element('li', 'search__item');
    const article = element('article', 'card search__result');
    const text = element('div', 'search__text');
    const section = detail('section');
    if (section) text.append(element('p', 'search__section', section));
    const heading = element('h2', 'card__headline');
    const link = element('a', '', meta.title || data.url);
    link.href = allowed(data.url) ?? baseUrl;
    heading.append(link);
    text.append(heading);
    if (meta.dek) text.append(element('p', 'card__excerpt', meta.dek));
    const match = matchLine(data.excerpt, [meta.title, meta.dek]);
    if (match) text.append(match);
    const date = detail('date');
    if (date) {
      const byline = element('p', 'byline');
      const time = element('time', '', date);
      const datetime = detail('datetime');
      if (datetime) time.dateTime = datetime;
      byline.append(time);
      text.append(byline);
    }
    article.append(text);
    const picture = thumbnail(detail);
    if (picture) article.append(picture);
    item.append(article);
    return item;
  };

  const count = (n) => n.toLocaleString(language);
  const described = (n, query, sort) =>
    n === 0 ? `No results for “${query}”.` : `${count(n)} ${n === 1 ? 'result' : 'results'} for “${query}”${sort === 'date' && n > 1 ? ', newest first' : ''}`;

  const currentSort = () => (sorts.find((radio) => radio.checked)?.value === 'date' ? 'date' : 'relevance');

  /** The search in the address, replacing the entry: reloading or sharing the page gives the same results. */
  const remember = (query, sort) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (sort === 'date') url.searchParams.set('sort', 'date');
    else url.searchParams.delete('sort');
    history.replaceState(history.state, '', url);
    document.title = query ? `${query} – ${pageTitle}` : pageTitle;
  };

  /** Results of the search shown, not yet drawn (each one's data is fetched when drawn). */
  let waiting = [];
  /** Bumped by every search: an answer to an older one is dropped. */
  let generation = 0;

  const search = async () => {
    const query = input.value.trim();
    const sort = currentSort();
    const mine = ++generation;
    remember(query, sort);
    if (query === '') {
      status.textContent = instructions;
      list.replaceChildren();
      waiting = [];
      hint.hidden = true;
      more.hidden = true;
      return;
    }
    status.textContent = `Searching for “${query}”…`;
    list.setAttribute('aria-busy', 'true');
    try {
      const loaded = await pagefind();
      const response = await loaded.search(query, sort === 'date' ? { sort: { date: 'desc' } } : {});
      if (mine !== generation) return;
      const results = response?.results ?? [];
      const first = await Promise.all(results.slice(0, perPage).map((result) => result.data()));
      if (mine !== generation) return;
      list.replaceChildren(...first.map(card));
      waiting = results.slice(perPage);
      more.hidden = waiting.length === 0;
      hint.hidden = results.length > 0;
      status.textContent = described(results.length, query, sort);
    } catch (error) {
      if (mine !== generation) return;
      list.replaceChildren();
      waiting = [];
      more.hidden = true;
      hint.hidden = false;
      status.textContent = 'Search could not load. Check your connection and search again.';
      console.error('Search failed:', error);
    } finally {
      if (mine === generation) list.removeAttribute('aria-busy');
    }
  };

  moreButton.addEventListener('click', async () => {
    const mine = generation;
    const next = waiting.splice(0, perPage);
    const data = await Promise.all(next.map((result) => result.data()));
    if (mine !== generation) return;
    const cards = data.map(card);
    list.append(...cards);
    more.hidden = waiting.length === 0;
    // Keyboard and screen-reader readers go on from the first new result, not from a button that may be gone.
    cards[0]?.querySelector('a')?.focus();
  });

  let typing;
  const searchSoon = () => {
    clearTimeout(typing);
    typing = setTimeout(search, typingPause);
    const query = input.value.trim();
    // Pagefind fetches the index chunks for the words typed so far while the pause runs.
    if (query !== '') pagefind().then((loaded) => loaded.preload(query)).catch(() => undefined);
  };
  const searchNow = () => {
    clearTimeout(typing);
    search();
  };
  input.addEventListener('input', searchSoon);
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow();
  });
  for (const radio of sorts) radio.addEventListener('change', searchNow);

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const sort = params.get('sort') === 'date' ? 'date' : 'relevance';
  for (const radio of sorts) radio.checked = radio.value === sort;
  if (input.value.trim() === '') input.focus({ preventScroll: true });
  search();
})();
