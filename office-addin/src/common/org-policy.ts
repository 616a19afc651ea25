// The organisation's policy file served beside the add-in (org-policy.json, put there at build time by
// office-addin/build.ts or by an administrator): fetched once at start from the add-in's own origin.
// Kept apart from packs.ts so the build script can name the file without loading the engine.
/** Beside the add-in's other files; set at build time (office-addin/build.ts) or copied there by an administrator. */
export const ORG_POLICY_FILE = 'org-policy.json';
/** What the start-up fetch found: no policy (absent: the panes work as before), a policy, or problems reading it. */
export interface PolicyLoad { policy?: unknown; problems: string[] }
export type PolicyLoader = () => Promise<PolicyLoad>;

interface Place { href: string; origin: string }
type Fetch = (url: string, init: { credentials: 'same-origin'; cache: 'no-cache'; redirect: 'error' }) => Promise<{ ok: boolean; status: number; url?: string; headers?: { get(name: string): string | null }; text(): Promise<string> }>;

/**
 * The organisation's policy from the add-in's own origin. Any other origin (a redirect elsewhere, a base
 * URL that resolves away) is refused: the file is the add-in's own asset, and nothing is ever sent out.
 */
export async function fetchOrgPolicy(place: Place | undefined = (globalThis as { location?: Place }).location, fetchImpl: Fetch | undefined = (globalThis as { fetch?: Fetch }).fetch): Promise<PolicyLoad> {
  if (!place || !fetchImpl || !/^https?:$/.test(new URL(place.href).protocol)) return { problems: [] };
  const url = new URL(ORG_POLICY_FILE, place.href);
  if (url.origin !== place.origin) return { problems: [`${ORG_POLICY_FILE}: refused, it is not on the add-in's own origin (${url.origin})`] };
  let res: Awaited<ReturnType<Fetch>>;
  try {
    res = await fetchImpl(url.href, { credentials: 'same-origin', cache: 'no-cache', redirect: 'error' });
  } catch (err) {
    return { problems: [`${ORG_POLICY_FILE}: could not be read (${(err as Error).message})`] };
  }
  if (res.status === 404) return { problems: [] };
  if (res.url && new URL(res.url).origin !== place.origin) return { problems: [`${ORG_POLICY_FILE}: refused, it was served from another origin (${new URL(res.url).origin})`] };
  // Hosts that answer every path with the page (single-page fallbacks) have no policy file either.
  if (res.ok && /^text\/html/i.test(res.headers?.get('content-type') ?? '')) return { problems: [] };
  if (!res.ok) return { problems: [`${ORG_POLICY_FILE}: could not be read (HTTP ${res.status})`] };
  try {
    return { policy: JSON.parse(await res.text()) as unknown, problems: [] };
  } catch (err) {
    return { problems: [`${ORG_POLICY_FILE}: not valid JSON (${(err as Error).message})`] };
  }
}

