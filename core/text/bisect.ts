// Binary search over sorted start offsets: which span, section or block a position falls in.

/** Index of the last value ≤ pos in an ascending array, or -1 when every value is greater. */
export function lastAtOrBefore(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}
