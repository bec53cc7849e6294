/** The JSON Schema (draft 2020-12) of the report, derived from the runtime model. */
import { z } from 'zod';
import { Report, schemaVersion } from './report.js';

/** Build the report's JSON Schema object. */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Report, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://parallax.invalid/schema/report-${schemaVersion}.json`,
    title: 'Parallax report',
    description: `A cross-source news brief. Report contract version ${schemaVersion}: fields are only added within a major version.`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
