/**
 * The UTF-16 units as a string, in slices (one call with a very long array would overflow the
 * call stack). `apply` takes the typed array as it is: a spread would walk it as an iterator.
 */
export function stringOfCodes(codes: Uint16Array): string {
  if (codes.length <= 4096) return String.fromCharCode.apply(null, codes as unknown as number[]);
  let out = '';
  for (let i = 0; i < codes.length; i += 4096)
    out += String.fromCharCode.apply(null, codes.subarray(i, i + 4096) as unknown as number[]);
  return out;
}
