/** Words used across Afterview's pages. Keys: letters, digits and _ (the browser's i18n rule). */
export const common = {
  appName: 'Afterview',
  appTagline: 'Follow-ups after your interviews, kept on this device.',
  loading: 'Loading…',
  loadFailed: 'Afterview could not load its data: $1',
  newerDatabase:
    'Your data was written by a newer version of Afterview. Nothing was changed, and you can still download a backup of it in Settings, under Your data. Then update Afterview, or restore a backup.',
  cancel: 'Cancel',
  save: 'Save',
  saving: 'Saving…',
  close: 'Close',
} as const;
