/**
 * Building the page from data without ever parsing it as HTML: elements are created one by one and
 * text goes in as text nodes (textContent), so a label like `<img onerror=…>` stays a label.
 */
type Child = Node | string | number | null | undefined | false;

export interface ElementOptions {
  class?: string;
  text?: string;
  attrs?: Record<string, string>;
  title?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.class) element.className = options.class;
  if (options.title) element.title = options.title;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  if (options.text !== undefined) element.textContent = options.text;
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

export function clear(element: Element): void {
  element.replaceChildren();
}

export function button(
  text: string,
  onClick: (event: MouseEvent) => void,
  options: ElementOptions = {},
): HTMLButtonElement {
  const b = el('button', { ...options, attrs: { type: 'button', ...options.attrs }, text });
  b.addEventListener('click', onClick);
  return b;
}

/** A link only for http(s) URLs: a `javascript:` URL from a file must never become clickable. */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function externalLink(text: string, url: unknown): HTMLElement {
  const href = safeHref(url);
  if (href === undefined) return el('span', { text });
  return el('a', { text, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } });
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}
