// The few host globals that shared/ may use: both Node and browsers provide them, but
// shared/ compiles without DOM or Node typings, so they are declared here, narrowly.
declare const performance: { now(): number };
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
