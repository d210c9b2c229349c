/**
 * Edit distance with adjacent transpositions (optimal string alignment): "HAO" is one step from
 * "HOA", as a clerk's slip of two keys is one mistake, not two.
 */
export function damerauDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => (d[i] as number[])[j] as number;
  for (let i = 1; i < rows; i++)
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  return at(a.length, b.length);
}

/**
 * The candidates nearest to what was typed, nearest first (ties in the order given), within
 * `maxDistance` and never further than half the typed word; only those at the smallest distance
 * found, at most `limit`, so the likely one is not drowned among the merely possible.
 */
export function nearest<T>(
  typed: string,
  candidates: readonly T[],
  keyOf: (candidate: T) => string,
  { maxDistance = 2, limit = 3 }: { maxDistance?: number; limit?: number } = {},
): T[] {
  const wanted = typed.trim().toUpperCase();
  const within = Math.min(maxDistance, Math.max(1, Math.floor(wanted.length / 2)));
  const scored = candidates
    .map((candidate, order) => ({
      candidate,
      order,
      distance: damerauDistance(keyOf(candidate).toUpperCase(), wanted),
    }))
    .filter((s) => s.distance <= within);
  if (scored.length === 0) return [];
  const best = Math.min(...scored.map((s) => s.distance));
  return scored
    .filter((s) => s.distance === best)
    .sort((x, y) => x.order - y.order)
    .slice(0, limit)
    .map((s) => s.candidate);
}
