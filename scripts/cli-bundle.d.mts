export const BUNDLE_DIR: string;
export const BUNDLE_ENTRY: string;
export const SOURCES_FILE: string;
export function bundleState(root: string): { fresh: boolean; entry: string; reason: string };
