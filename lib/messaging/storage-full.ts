/** What the user is told when IndexedDB refuses a write for lack of space. */
export const STORAGE_FULL_MESSAGE =
  'Your browser has no room left for Afterview’s data, so the last change was not saved. Free some disk space, or export a backup and remove old opportunities.';
