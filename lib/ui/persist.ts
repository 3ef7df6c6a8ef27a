/**
 * Ask the browser to keep Afterview's data even when disk space runs low. Only a page can
 * ask (not the service worker); the answer is remembered, so asking again is cheap.
 */
export async function requestPersistentStorage(
  storage: StorageManager | null = globalThis.navigator?.storage ?? null,
): Promise<boolean> {
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
