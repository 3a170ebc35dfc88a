/**
 * `msg` and `str` for the pure code (src/session, and the core): the lint keeps Lit's packages out
 * of those folders, and this one door in lets their sentences be translated like the UI's.
 * lit-localize's extraction follows the re-export (`npm run i18n`).
 */
export { msg, str } from '@lit/localize';
