// What crosses the wire between a caller and the API, and the caller's client. Carries no
// zod: the renderer bundles this file, while the schemas (shared/contract/) stay on the
// serving side. The calls themselves are declared in shared/contract/.
import type { ApiMethod, DataCalls, OrgAtlasApi } from './contract/index.ts';
import type { Client, Declarations } from './contract/define.ts';
import type { DocumentRefusal } from './documents/refusals.ts';

export type { ApiMethod, OrgAtlasApi };

export type ApiErrorCode = 'bad-request' | 'not-found' | 'unavailable' | 'internal';

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  /** The argument that was refused (`limit`, `pageSize`), for bad-request. */
  field?: string;
  /** For a file that cannot be imported: the file's name and the typed reason (a UI words it in its language). */
  refused?: FileRefused;
}

export interface FileRefused {
  file: string;
  refusal: DocumentRefusal;
}

/** What crosses the wire: errors travel as values so IPC and HTTP report them alike. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field: string | undefined;
  readonly refused: FileRefused | undefined;
  constructor(code: ApiErrorCode, message: string, field?: string, refused?: FileRefused) {
    super(message);
    this.code = code;
    this.field = field;
    this.refused = refused;
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.field ? { field: this.field } : {}),
      ...(this.refused ? { refused: this.refused } : {}),
    };
  }
}

/** Moves one call to wherever the handlers live and brings back the response. */
export type ApiTransport = (method: string, args: unknown) => Promise<ApiResponse<unknown>>;

/**
 * A client for a set of declared calls: `client.getOffice({ officeId })` sends the call and
 * returns its value, or throws the ApiError the server answered. The method names need not
 * be known here (that would bundle the declarations): any name is sent, and the server
 * refuses unknown ones.
 */
export function createApiClient<Ds extends Declarations = DataCalls>(transport: ApiTransport): Client<Ds> {
  const methods = new Map<string, (args: unknown) => Promise<unknown>>();
  const methodFor = (name: string) => {
    let run = methods.get(name);
    if (!run) {
      run = async (args: unknown) => {
        const response = await transport(name, args);
        if (!response.ok) {
          const { code, message, field, refused } = response.error;
          throw new ApiError(code, message, field, refused);
        }
        return response.value;
      };
      methods.set(name, run);
    }
    return run;
  };
  // `then` is looked up by `await client`; the client must not look like a promise.
  return new Proxy({} as Client<Ds>, {
    get: (_target, name) => (typeof name === 'string' && name !== 'then' ? methodFor(name) : undefined),
  });
}
