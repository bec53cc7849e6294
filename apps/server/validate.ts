/** zod validation at the door: a failed parse becomes a 400 naming the field and the problem. */
import { z } from 'zod';
import { ApiError } from './api-error.js';

/** One line per problem: "limit: Too big: expected number to be <=200". */
export function describeZodError(error: z.ZodError, prefix = ''): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./u, '');
      const where = `${prefix}${path}` || 'body';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

/** Parse `value` with `schema` or throw a 400 with `code` and the problems. */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown, code: string, prefix = ''): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, code, describeZodError(result.error, prefix));
  return result.data;
}

/** Query parameters as an object, empty values dropped (an empty form field means "not given"). */
export function queryParams(url: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URL(url).searchParams) {
    if (value.trim() !== '') out[key] = value;
  }
  return out;
}
