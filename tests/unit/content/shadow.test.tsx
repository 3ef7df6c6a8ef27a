// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { INSPECTABLE_UI_KEY } from '@/lib/content/inspectable';
import { loadShadowMode, mountShadow, shadowMode } from '@/lib/content/shadow';

const mount = (onClick: () => void) =>
  mountShadow(
    (host) => document.body.append(host),
    '',
    <button type="button" onClick={onClick}>
      Track
    </button>,
    'test',
  );

describe('our in-page UI and the page around it', () => {
  it('is closed to the page unless the developer setting says otherwise', async () => {
    await loadShadowMode();
    expect(shadowMode()).toBe('closed');
    const ui = mount(() => {});
    expect(ui.host.shadowRoot).toBeNull();
    ui.showState('tracked');
    expect(ui.host.dataset.state).toBeUndefined();
    ui.remove();
  });

  it.each([
    ['true', true, 'open'],
    ['a string', 'yes', 'closed'],
    ['nothing', undefined, 'closed'],
  ])('reads the developer setting (%s)', async (_name, value, mode) => {
    await fakeBrowser.storage.local.set({ [INSPECTABLE_UI_KEY]: value });
    await loadShadowMode();
    expect(shadowMode()).toBe(mode);
  });

  it('lets no made-up event reach our handlers, even in an open root', async () => {
    await fakeBrowser.storage.local.set({ [INSPECTABLE_UI_KEY]: true });
    await loadShadowMode();
    const pressed = vi.fn();
    const ui = mount(pressed);
    const button = ui.host.shadowRoot!.querySelector('button')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(pressed).not.toHaveBeenCalled();
    ui.showState('tracked');
    expect(ui.host.dataset.state).toBe('tracked');
    ui.remove();
  });
});
