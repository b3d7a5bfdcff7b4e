// The search page (layouts/search.tsx): Pagefind's UI over the site's index, with the bundle path and base URL
// the page gives (they carry the site's path prefix). A `?q=` from the masthead's search form runs at once.
(() => {
  const element = document.getElementById('search');
  if (!element || typeof PagefindUI === 'undefined') return;
  const ui = new PagefindUI({
    element: '#search',
    bundlePath: element.dataset.bundlePath,
    baseUrl: element.dataset.baseUrl,
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    translations: { placeholder: 'Search stories' },
  });
  // Pagefind's input has only a placeholder and a title; give it a name assistive technology announces.
  const label = () => element.querySelector('input')?.setAttribute('aria-label', 'Search stories');
  label();
  new MutationObserver(label).observe(element, { childList: true, subtree: true });
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
