/**
 * Making elements: the search page builds its results, cards and filters
 * with this one helper, never with HTML strings, so nothing from the index
 * is ever parsed as markup.
 */

/** Attributes of `element`: `text` sets the text content; `false` and `undefined` leave an attribute out, `true` sets it empty. */
export type Attributes = Readonly<Record<string, string | boolean | undefined>>;

/** A new `tag` element with `attributes` and `children`. */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Attributes = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') node.textContent = value === true ? '' : value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) node.append(child);
  return node;
}

/** The element `selector` finds in `root`, or an error naming what the page lacks. */
export function required<Found extends Element = HTMLElement>(root: ParentNode, selector: string, is: (node: Element) => node is Found): Found {
  const found = root.querySelector(selector);
  if (found === null || !is(found)) throw new Error(`the page has no ${selector}`);
  return found;
}

/** Guards for `required`. */
export const isInput = (node: Element): node is HTMLInputElement => node instanceof HTMLInputElement;
export const isSelect = (node: Element): node is HTMLSelectElement => node instanceof HTMLSelectElement;
export const isButton = (node: Element): node is HTMLButtonElement => node instanceof HTMLButtonElement;
export const isForm = (node: Element): node is HTMLFormElement => node instanceof HTMLFormElement;
export const isHtml = (node: Element): node is HTMLElement => node instanceof HTMLElement;
export const isDetails = (node: Element): node is HTMLDetailsElement => node instanceof HTMLDetailsElement;

/** `url` with `?highlight=words`, for the page it opens to mark them; as a root-relative link. */
export function highlighted(url: string, words: string): string {
  const address = new URL(url, location.href);
  if (words !== '') address.searchParams.set('highlight', words);
  return address.pathname + address.search;
}
