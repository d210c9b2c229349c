import v1Data from "../../src/domain/catalogue/dvcq-ct03-v1.json";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { loadCatalogue } from "../../src/domain/catalogue/load";
import type { Catalogue } from "../../src/domain/catalogue/types";

const builtin = loadBuiltinCatalogue();

/**
 * Every general-information field of the built-in catalogue moved one code on (0.1 → 0.2 …
 * 0.9 → 0.1) and the sent date 7.1 become 7.2: code that reads a field by its number reads another.
 */
export const RENUMBERED = new Map<string, string>([
  ...builtin.header.map(
    (h, i, all) => [h.code, (all[(i + 1) % all.length] as { code: string }).code] as const,
  ),
  ["7.1", "7.2"],
]);
const BACK = new Map([...RENUMBERED].map(([from, to]) => [to, from]));

/** The built-in catalogue's code of a renumbered one. */
export const originalCode = (code: string): string => BACK.get(code) ?? code;

/** The built-in version 1 catalogue's JSON with every code of RENUMBERED (quoted, or [bracketed] in a formula) renumbered. */
export const renumberedJson: string = JSON.stringify(v1Data, null, 2).replace(
  /(["[])(\d+\.\d+)(["\]])/g,
  (all, open: string, code: string, close: string) =>
    RENUMBERED.has(code) ? `${open}${RENUMBERED.get(code) as string}${close}` : all,
);

export const renumbered: Catalogue = (() => {
  const loaded = loadCatalogue(JSON.parse(renumberedJson));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.catalogue;
})();

/** A value as JSON, Maps as their entries, each string (values and keys) passed through `code`. */
function asJson(value: unknown, code: (s: string) => string): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => {
      if (v instanceof Map) return [...(v as Map<unknown, unknown>).entries()];
      if (typeof v === "string") return code(v);
      if (typeof v === "object" && v !== null && !Array.isArray(v))
        return Object.fromEntries(Object.entries(v).map(([k, inner]) => [code(k), inner]));
      return v;
    }),
  );
}

/** As JSON, to compare with the renumbered run put back. */
export const plain = (value: unknown): unknown => asJson(value, (s) => s);
/** A renumbered run's value with every renumbered code (as a value or a key) put back. */
export const asOriginal = (value: unknown): unknown => asJson(value, originalCode);
