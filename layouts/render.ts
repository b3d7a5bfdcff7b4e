/** Renders a layout to a complete HTML document. Every interpolated value is escaped by Preact's renderer. */
import { type FunctionComponent, h } from 'preact';
import { render } from 'preact-render-to-string';
import { type ImageLookup, withImages } from './components/picture.tsx';

/** `images` gives layouts the pipeline's readied images (see components/picture.tsx); without it, plain `<img>`s. */
export function renderDocument<Props extends object>(layout: FunctionComponent<Props>, props: Props, images?: ImageLookup): string {
  return withImages(images, () => `<!doctype html>\n${render(h(layout as FunctionComponent<object>, props))}\n`);
}
