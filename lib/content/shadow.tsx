import { type ComponentChild, render } from 'preact';

/** The tag of every element Afterview puts in a page; the watcher ignores changes inside them. */
export const HOST_TAG = 'afterview-ui';

export interface ShadowMount {
  host: HTMLElement;
  update: (content: ComponentChild) => void;
  remove: () => void;
}

/**
 * Put a piece of our UI in the page inside its own shadow root, so the page's styles and
 * ours never mix, and keep the page's keyboard shortcuts from seeing keys typed in it
 * (Gmail would otherwise act on every letter typed into our fields).
 */
export function mountShadow(
  place: (host: HTMLElement) => void,
  css: string,
  content: ComponentChild,
  name: string,
): ShadowMount {
  const host = document.createElement(HOST_TAG);
  host.dataset.afterview = name;
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  root.append(style, container);
  for (const type of ['keydown', 'keyup', 'keypress', 'input']) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  // A click on our UI is ours: the page's handlers (open the row, follow the link around the
  // name) must not act on it too. Our own handlers have already run by the time it gets here.
  host.addEventListener('click', (event) => {
    event.stopPropagation();
    if (host.closest('a')) event.preventDefault();
  });
  place(host);
  render(content, container);
  return {
    host,
    update: (next) => render(next, container),
    remove: () => {
      render(null, container);
      host.remove();
    },
  };
}

/** Did a mutation happen inside our own UI (so it is no news about the page)? */
export function isOurs(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n instanceof Element && n.localName === HOST_TAG) return true;
  }
  return false;
}
