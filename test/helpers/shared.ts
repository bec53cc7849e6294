/** Test helpers for data in `../shared`: a test that needs it skips cleanly when it is absent. */
export { sharedPath, projectRoot } from '../../bench/shared-data.js';
