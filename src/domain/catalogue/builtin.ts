import builtinData from "./dvcq-ct03-v1.json";
import { loadCatalogue } from "./load";
import type { Catalogue } from "./types";

/** Template DVCQ-CT03 version 1: Directive 03/CT-UBND, seven sections. */
export function loadBuiltinCatalogue(): Catalogue {
  const result = loadCatalogue(builtinData);
  if (!result.ok) {
    throw new Error(
      `The built-in catalogue is broken: ${result.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    );
  }
  return result.catalogue;
}
