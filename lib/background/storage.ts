import { browser } from 'wxt/browser';

import { STORAGE_FULL_MESSAGE } from '../messaging/storage-full';

export function isStorageFull(error: unknown): boolean {
  return error instanceof Error && error.name === 'QuotaExceededError';
}

/** Say it where the user looks: the toolbar button and one notification. */
export async function reportStorageFull(): Promise<void> {
  await browser.action.setBadgeText({ text: '!' });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  await browser.action.setTitle({ title: `Afterview: ${STORAGE_FULL_MESSAGE}` });
  await browser.notifications.create('afterview|storage-full', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Afterview could not save',
    message: STORAGE_FULL_MESSAGE,
  });
}
