import { foldForMatch } from "../domain/text/fold";
import type { Unit, UnitKind, UnitKindInfo } from "../domain/units/registry";

export interface UnitGroup {
  kind: UnitKind;
  units: Unit[];
}

/**
 * The units whose name, code or alias contains every word typed, ignoring case and diacritics
 * ("xuan hoa" finds "Xã Xuân Hòa"; "xa-xuan" finds XA-XUAN-HOA), grouped by kind in the order of
 * `kinds` (the registry's), in registry order within a kind.
 */
export function filterUnits(
  units: readonly Unit[],
  query: string,
  kinds: readonly Pick<UnitKindInfo, "code">[],
): UnitGroup[] {
  const words = foldForMatch(query)
    .split(" ")
    .filter((w) => w !== "");
  const matching = units.filter((u) => {
    const haystack = foldForMatch([u.name, u.code, u.code.replace(/-/g, " "), ...u.aliases].join(" | "));
    return words.every((w) => haystack.includes(w));
  });
  // A unit of a kind the list does not declare comes after the declared ones.
  return [...new Set([...kinds.map((k) => k.code), ...units.map((u) => u.kind)])]
    .map((kind) => ({ kind, units: matching.filter((u) => u.kind === kind) }))
    .filter((g) => g.units.length > 0);
}

/** The unit whose whole name or code is what was typed, ignoring case and diacritics. */
export function exactUnit(units: readonly Unit[], typed: string): Unit | undefined {
  const folded = foldForMatch(typed);
  return units.find((u) => foldForMatch(u.name) === folded || foldForMatch(u.code) === folded);
}
