/** References of the content-store rules (re-exported so each rule imports from one place). */
export { WSUS_BEST_PRACTICES, WSUS_CONFIGURE } from '../../references.js';
export { WSUS_MESSAGES as WSUS_MESSAGES_REF } from './refs.js';
