// Story pages (layouts/components/share.tsx): the "Copy link" button, shown only where this script runs and the
// browser can write to the clipboard. The share links themselves are plain links and need no script.
(() => {
  const button = document.querySelector('[data-share-copy]');
  const item = document.querySelector('[data-share-copy-item]');
  const status = document.querySelector('[data-share-status]');
  if (!button || !item || !navigator.clipboard) return;
  item.hidden = false;
  let clear;
  const say = (text) => {
    if (!status) return;
    status.textContent = text;
    clearTimeout(clear);
    clear = setTimeout(() => (status.textContent = ''), 4000);
  };
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(button.dataset.shareCopy).then(
      () => say('Link copied.'),
      () => say('Could not copy the link; copy it from the address bar.'),
    );
  });
})();
