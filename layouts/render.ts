/** Renders a layout to a complete HTML document. Every interpolated value is escaped by Preact's renderer. */
import { type FunctionComponent, h } from 'preact';
import { render } from 'preact-render-to-string';

export function renderDocument<Props extends object>(layout: FunctionComponent<Props>, props: Props): string {
  return `<!doctype html>\n${render(h(layout as FunctionComponent<object>, props))}\n`;
}
