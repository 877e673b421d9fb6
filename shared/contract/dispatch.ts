// The server side of every transport (IPC, HTTP, the CLI): looks the method up, validates
// the arguments with its schema, runs the handler, and returns the outcome as a value.
// Never throws, so no stack trace crosses a bridge.
import type { ApiErrorBody, ApiResponse } from '../api.ts';
import { ApiError } from '../api.ts';
import type { Declarations, Handlers } from './define.ts';

/** Turns an error a handler threw into what the caller is told; undefined = internal error. */
export type ErrorMapper = (err: unknown) => ApiErrorBody | undefined;

const fromApiError: ErrorMapper = (err) => (err instanceof ApiError ? err.toBody() : undefined);

function badRequest(message: string, field?: string): ApiResponse<never> {
  return { ok: false, error: { code: 'bad-request', message, ...(field ? { field } : {}) } };
}

export async function dispatch<Ds extends Declarations>(
  declarations: Ds,
  handlers: Handlers<Ds>,
  method: unknown,
  rawArgs: unknown,
  mapError: ErrorMapper = fromApiError,
): Promise<ApiResponse<unknown>> {
  if (typeof method !== 'string' || !Object.hasOwn(declarations, method)) {
    // Not String(method): a null-prototype object has no toString and would throw.
    return badRequest(
      `Unknown API method: ${typeof method === 'string' ? method.slice(0, 100) : `(a ${typeof method})`}`,
    );
  }
  // Transports send {} when the caller passes nothing.
  const parsed = declarations[method]!.args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length ? issue.path.join('.') : undefined;
    return badRequest(
      `Invalid arguments for ${method}${field ? ` (${field})` : ''}: ${issue?.message ?? 'invalid'}`,
      field,
    );
  }
  try {
    const run = handlers[method] as (args: unknown) => unknown;
    return { ok: true, value: await run(parsed.data) };
  } catch (err) {
    const body = fromApiError(err) ?? mapError(err);
    return { ok: false, error: body ?? { code: 'internal', message: `Internal error while handling ${method}` } };
  }
}
