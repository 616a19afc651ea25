// Signing and checking packs with WebCrypto (ECDSA P-256, SHA-256), the same API in Node 20 and in
// browsers, so the core stays free of Node and DOM imports. Keys travel as JWK (public for policy and
// build configuration, private only on the administrator's machine).
import { canonicalJson } from './canonical.ts';
import type { PackSignature } from './schema.ts';

/** The slice of WebCrypto used here (core/ is compiled without DOM or Node types). */
interface Subtle {
  importKey(format: 'jwk', key: object, alg: object, extractable: boolean, usages: string[]): Promise<unknown>;
  sign(alg: object, key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
  verify(alg: object, key: unknown, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
  generateKey(alg: object, extractable: boolean, usages: string[]): Promise<{ publicKey: unknown; privateKey: unknown }>;
  exportKey(format: 'jwk', key: unknown): Promise<object>;
}

/** A public key in JWK form (EC, P-256), with an optional id shown in messages. */
export interface PackKey { kty: 'EC'; crv: 'P-256'; x: string; y: string; kid?: string }

const ALG = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGN = { name: 'ECDSA', hash: 'SHA-256' };

function subtle(): Subtle {
  const s = (globalThis as unknown as { crypto?: { subtle?: Subtle } }).crypto?.subtle;
  if (!s) throw new Error('WebCrypto is not available here: signed packs cannot be checked');
  return s;
}

// TextEncoder exists in Node and browsers but not in the ES library the core is typed against.
const encoder = new (globalThis as unknown as { TextEncoder: new () => { encode(s: string): Uint8Array } }).TextEncoder();
const utf8 = (s: string) => encoder.encode(s);

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    if (i + 1 < bytes.length) out += B64[(n >> 6) & 63]!;
    if (i + 2 < bytes.length) out += B64[n & 63]!;
  }
  return out;
}

export function fromBase64Url(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '');
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = B64.indexOf(ch === '+' ? '-' : ch === '/' ? '_' : ch);
    if (v < 0) throw new Error('not base64url');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) { bits -= 8; out.push((acc >> bits) & 255); }
  }
  return Uint8Array.from(out);
}

/** Is `key` a usable P-256 public JWK? Returns the problem, or null. */
export function keyProblem(key: unknown): string | null {
  if (!key || typeof key !== 'object') return 'is not a JSON object';
  const k = key as Record<string, unknown>;
  if (k.kty !== 'EC' || k.crv !== 'P-256') return 'must be an EC P-256 key (kty "EC", crv "P-256")';
  if (typeof k.x !== 'string' || typeof k.y !== 'string') return 'needs the x and y coordinates';
  if ('d' in k) return 'is a private key: give the organisation\'s public key (without "d")';
  return null;
}

/** A new key pair for an organisation (the CLI's `packs keygen`). */
export async function generatePackKeys(kid?: string): Promise<{ publicKey: PackKey; privateKey: object }> {
  const pair = await subtle().generateKey(ALG, true, ['sign', 'verify']);
  const pub = (await subtle().exportKey('jwk', pair.publicKey)) as Record<string, string>;
  const priv = (await subtle().exportKey('jwk', pair.privateKey)) as Record<string, unknown>;
  const tag = kid ? { kid } : {};
  return { publicKey: { kty: 'EC', crv: 'P-256', x: pub.x!, y: pub.y!, ...tag }, privateKey: { ...priv, ...tag } };
}

/** Signs a pack object (its canonical JSON without "signature"); returns the pack with its signature. */
export async function signPack<T extends object>(pack: T, privateJwk: object, keyId?: string): Promise<T & { signature: PackSignature }> {
  const key = await subtle().importKey('jwk', { ...privateJwk, key_ops: ['sign'] }, ALG, false, ['sign']);
  const sig = new Uint8Array(await subtle().sign(SIGN, key, utf8(canonicalJson(pack))));
  const kid = keyId ?? (privateJwk as { kid?: string }).kid;
  return { ...pack, signature: { alg: 'ES256', ...(kid ? { keyId: kid } : {}), value: toBase64Url(sig) } };
}

/** Does the pack's signature match its content under one of the keys? Returns the key that verified it. */
export async function verifyPack(pack: { signature?: PackSignature }, keys: readonly PackKey[]): Promise<PackKey | null> {
  const sig = pack.signature;
  if (!sig) return null;
  let bytes: Uint8Array;
  try { bytes = fromBase64Url(sig.value); } catch { return null; }
  const data = utf8(canonicalJson(pack));
  for (const k of keys) {
    const key = await subtle().importKey('jwk', { kty: k.kty, crv: k.crv, x: k.x, y: k.y, ext: true }, ALG, false, ['verify']);
    if (await subtle().verify(SIGN, key, bytes, data)) return k;
  }
  return null;
}
