import { type ComponentChild, render } from 'preact';
import { browser } from 'wxt/browser';
import { INSPECTABLE_UI_KEY } from './inspectable';

/** The tag of every element Afterview puts in a page; the watcher ignores changes inside them. */
export const HOST_TAG = 'afterview-ui';

let inspectable = false;

/** Read the developer setting once, before anything is drawn (a failure keeps roots closed). */
export async function loadShadowMode(): Promise<void> {
  try {
    const stored = await browser.storage.local.get(INSPECTABLE_UI_KEY);
    inspectable = stored[INSPECTABLE_UI_KEY] === true;
  } catch {
    inspectable = false;
  }
}

/** The mode of every shadow root we attach. */
export const shadowMode = (): ShadowRootMode => (inspectable ? 'open' : 'closed');

/**
 * Events that make our UI act (open a panel, track, save). Only the user's own (trusted) ones
 * reach our handlers: one a script made up (`dispatchEvent`, `el.click()`) is stopped at the
 * root, so even an inspectable root cannot be driven by the page. Typing (`input`, `change`)
 * is left alone: autofill and assistive tools make those up for the user, and a value typed
 * in still needs the user's own press to go anywhere.
 */
const ACTING_EVENTS = ['click', 'submit', 'keydown', 'pointerdown', 'mousedown'];

/** Stop every made-up acting event at `root`, before any of our handlers inside it. */
export function onlyTrustedEvents(root: ShadowRoot): void {
  for (const type of ACTING_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
}

export interface ShadowMount {
  host: HTMLElement;
  update: (content: ComponentChild) => void;
  /** Say where the piece stands on the host (`data-state`), only when the UI is inspectable. */
  showState: (state: string) => void;
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
  const root = host.attachShadow({ mode: shadowMode() });
  onlyTrustedEvents(root);
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
    showState: (state) => {
      if (inspectable) host.dataset.state = state;
    },
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
