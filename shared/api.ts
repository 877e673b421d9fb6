// The one typed API between the renderer and the data. Served by Electron IPC in the
// desktop app and by the loopback browser host; the renderer only sees OrgAtlasApi.
import { z } from 'zod';
import type {
  OfficeDetail,
  OfficeSummary,
  SearchResult,
  SourceLine,
  UnitDetail,
} from './types.ts';

const id = z.number().int().positive();

/** Argument schemas: every call is validated with these where it arrives (IPC or HTTP). */
export const apiArgs = {
  listOffices: z.strictObject({}),
  getOffice: z.strictObject({ officeId: id }),
  getUnit: z.strictObject({ unitId: id }),
  search: z.strictObject({
    query: z.string().max(500),
    limit: z.number().int().min(1).max(500).optional(),
    officeId: id.optional(),
  }),
  getSourceLines: z.strictObject({
    sourceId: id,
    from: z.number().int().min(1),
    to: z.number().int().min(1),
  }),
} as const;

export type ApiMethod = keyof typeof apiArgs;
export const apiMethods = Object.keys(apiArgs) as ApiMethod[];

export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiArgs)[M]>;

export interface ApiResults {
  listOffices: OfficeSummary[];
  getOffice: OfficeDetail;
  getUnit: UnitDetail;
  search: SearchResult;
  getSourceLines: SourceLine[];
}

export type ApiErrorCode = 'bad-request' | 'not-found' | 'unavailable' | 'internal';

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

/** What crosses the wire: errors travel as values so IPC and HTTP report them alike. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiArgs, name);
}

/** The typed API the renderer uses. */
export type OrgAtlasApi = {
  [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResults[M]>;
};

/** Moves one call to wherever the handlers live and brings back the response. */
export type ApiTransport = (method: ApiMethod, args: unknown) => Promise<ApiResponse<unknown>>;

export function createApiClient(transport: ApiTransport): OrgAtlasApi {
  const client = {} as Record<ApiMethod, (args: unknown) => Promise<unknown>>;
  for (const method of apiMethods) {
    client[method] = async (args: unknown) => {
      const response = await transport(method, args);
      if (!response.ok) throw new ApiError(response.error.code, response.error.message);
      return response.value;
    };
  }
  return client as unknown as OrgAtlasApi;
}

/** The server side: one function per method, each given validated arguments. */
export type ApiImplementation = {
  [M in ApiMethod]: (args: z.output<(typeof apiArgs)[M]>) => ApiResults[M] | Promise<ApiResults[M]>;
};

/** Validates a raw call and runs it; never throws, so no stack trace crosses the wire. */
export async function dispatchApiCall(
  impl: ApiImplementation,
  method: unknown,
  rawArgs: unknown,
): Promise<ApiResponse<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'bad-request', message: `Unknown API method: ${String(method)}` } };
  }
  const parsed = apiArgs[method].safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? ` (${issue.path.join('.')})` : '';
    return {
      ok: false,
      error: { code: 'bad-request', message: `Invalid arguments for ${method}${where}: ${issue?.message ?? 'invalid'}` },
    };
  }
  try {
    const run = impl[method] as (args: unknown) => unknown;
    return { ok: true, value: await run(parsed.data) };
  } catch (err) {
    if (err instanceof ApiError) return { ok: false, error: { code: err.code, message: err.message } };
    return { ok: false, error: { code: 'internal', message: 'Internal error while handling ' + method } };
  }
}
