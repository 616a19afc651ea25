// Canonical JSON of a pack, the bytes a signature covers: object keys sorted (by UTF-16 code units),
// no white space, the top-level "signature" left out. The same text in Node and in the browser, so a
// pack signed by an administrator's script verifies in the extension and the add-ins.

export function canonicalJson(value: unknown, top = true): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('a pack cannot hold NaN or Infinity');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v, false)).join(',')}]`;
  const keys = Object.keys(value as Record<string, unknown>)
    .filter((k) => !(top && k === 'signature') && (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k], false)}`).join(',')}}`;
}
