// The organisation's policy as the browser gives it (chrome.storage.managed): Chrome/Edge from
// 3rdparty.extensions.<id> policy, Firefox from its managed storage manifest or policies.json. The
// values are checked field by field by the core (policy.ts), so one wrong entry does not void the rest.

/** The part of browser.storage.managed used here (the real one, or a fake in tests). */
export interface ManagedAreaLike { get(keys?: null): Promise<Record<string, unknown>> }

/** What was found: no policy (the extension works as before), a policy, or why it could not be read. */
export interface PolicyLoad { policy?: Record<string, unknown>; problems: string[] }

/**
 * Firefox rejects the read when no managed storage manifest is installed, and Chrome gives {} when no
 * policy is set: both mean "no organisation policy", said to nobody.
 */
export async function readManagedPolicy(area: ManagedAreaLike | undefined): Promise<PolicyLoad> {
  if (!area) return { problems: [] };
  let data: Record<string, unknown>;
  try {
    data = await area.get(null);
  } catch (e) {
    const msg = (e as Error)?.message ?? String(e);
    if (/manifest|not found|undefined|not supported/i.test(msg)) return { problems: [] };
    return { problems: [`Organisation policy could not be read: ${msg}`] };
  }
  if (!data || typeof data !== 'object' || Object.keys(data).length === 0) return { problems: [] };
  return { policy: data, problems: [] };
}
