/** Types of mutate.cjs. */
export function prng(seed: number): () => number;
export function picker(random: () => number): {
  below(n: number): number;
  pick<T>(list: readonly T[]): T;
  bytes(n: number): Uint8Array;
};
export function mutant(bytes: Uint8Array, seed: number): Promise<{ bytes: Uint8Array; what: string }>;
