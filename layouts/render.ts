/** Renders a layout to a complete HTML document. Every interpolated value is escaped by Preact's renderer. */
import { type FunctionComponent, h } from 'preact';
import { render } from 'preact-render-to-string';
import { type ImageLookup, ImagesContext } from './components/picture.tsx';

/** `images` gives layouts the pipeline's readied images (see components/picture.tsx); without it, plain `<img>`s. */
export function renderDocument<Props extends object>(layout: FunctionComponent<Props>, props: Props, images?: ImageLookup): string {
  const page = h(layout as FunctionComponent<object>, props);
  return `<!doctype html>\n${images === undefined ? render(page) : render(h(ImagesContext.Provider, { value: images }, page))}\n`;
}
