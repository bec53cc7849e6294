/**
 * The report's schema version (semver: minor versions only add fields). Kept apart from the zod
 * model in report.ts so that building a report does not load zod at start-up.
 */
export const schemaVersion = '1.1.0';
