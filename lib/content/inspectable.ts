/**
 * A developer setting in the extension's own storage: our in-page UI in open shadow roots, so
 * the end-to-end tests (and someone debugging) can look inside. Off by default: closed roots
 * keep the site's own scripts from reading our chips (whom the user tracks) or filling and
 * pressing our buttons. A page cannot turn it on: only the extension writes its storage.
 */
export const INSPECTABLE_UI_KEY = 'developer.inspectableUi';
