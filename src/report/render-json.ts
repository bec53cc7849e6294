/** Report → JSON text: two-space indent, trailing newline, key order as built (byte-stable). */
import type { Report } from '../model/report.js';

/** Serialise a report as stable JSON. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
