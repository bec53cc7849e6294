/** The package version, written in the report's `generator` field. Kept in step with package.json by a test. */
export const version = '0.1.0';
