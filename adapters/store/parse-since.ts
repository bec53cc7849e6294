/** Parse the `since` of "what changed since …" (CLI `--since`, API `?since=`). */
import { ParallaxError, issueCodes } from '../../src/model/errors.js';

/**
 * A since-value as ISO 8601: a date or date-time, or an age before `now` ("36h", "7d", "90m").
 * Throws INVALID_OPTION naming the value when it is neither.
 */
export function parseSince(value: string, now: Date): string {
  const age = /^(\d+)\s*([mhd])$/iu.exec(value.trim());
  if (age) {
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000 }[age[2].toLowerCase() as 'm' | 'h' | 'd'];
    return new Date(now.getTime() - Number(age[1]) * unit).toISOString();
  }
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) throw new ParallaxError(issueCodes.INVALID_OPTION, `--since takes a date, a date-time or an age like 36h or 7d, got "${value}"`);
  return new Date(ms).toISOString();
}
