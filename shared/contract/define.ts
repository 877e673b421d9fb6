// How API calls are declared: a zod schema for the arguments and, as a type only, the
// result. Each feature module (offices.ts, search.ts, ...) declares its calls with `call`;
// handlers and clients are typed from those declarations, so a call is written down once.
import type { z } from 'zod';

export interface CallDeclaration<Args extends z.ZodType = z.ZodType, Result = unknown> {
  readonly args: Args;
  /** Never set: carries the result type. */
  readonly result?: Result;
}

export type Declarations = Record<string, CallDeclaration>;

/** `call<Result>()(argsSchema)`: the result type is given, the argument type inferred. */
export function call<Result>() {
  return <Args extends z.ZodType>(args: Args): CallDeclaration<Args, Result> => ({ args });
}

/** What a caller passes (before defaults) and what a handler gets (validated). */
export type ArgsIn<D> = D extends CallDeclaration<infer A> ? z.input<A> : never;
export type ArgsOut<D> = D extends CallDeclaration<infer A> ? z.output<A> : never;
export type ResultOf<D> = D extends CallDeclaration<z.ZodType, infer R> ? R : never;

/** The server side of a set of calls: one function per call, given validated arguments. */
export type Handlers<Ds extends Declarations> = {
  [M in keyof Ds]: (args: ArgsOut<Ds[M]>) => ResultOf<Ds[M]> | Promise<ResultOf<Ds[M]>>;
};

/** The caller's side: the same calls as promises (errors are thrown as ApiError). */
export type Client<Ds extends Declarations> = {
  [M in keyof Ds]: (args: ArgsIn<Ds[M]>) => Promise<ResultOf<Ds[M]>>;
};
