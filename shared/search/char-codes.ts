/** The UTF-16 units as a string (in slices: a spread of a very long array would overflow the call stack). */
export function stringOfCodes(codes: Uint16Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.subarray(i, i + 4096));
  return out;
}
