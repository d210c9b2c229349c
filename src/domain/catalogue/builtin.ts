import v1Data from "./dvcq-ct03-v1.json";
import v2Delta from "./dvcq-ct03-v2.json";
import { loadCatalogue } from "./load";
import type { Catalogue, Rule } from "./types";

/** The first report year whose templates are version 2 (the models list and the text blocks). */
export const V2_FIRST_REPORT_YEAR = v2Delta.firstReportYear;

/**
 * Template DVCQ-CT03 (Directive 03/CT-UBND, seven sections). Version 2 is version 1 and its
 * delta (dvcq-ct03-v2.json: the list of models, the text blocks and their rules) and reads
 * version 1 files. The version follows the report year: a year's template is the version in force
 * when its report is due, so the 2024 reports already with the units stay version 1 and a new
 * year starts with version 2. Without a year, version 1 (what a shell that does not yet pass the
 * year has always written and read).
 */
export function loadBuiltinCatalogue(year?: number): Catalogue {
  return year !== undefined && year >= V2_FIRST_REPORT_YEAR ? builtin(2) : builtin(1);
}

const loaded = new Map<number, Catalogue>();

function builtin(version: 1 | 2): Catalogue {
  const cached = loaded.get(version);
  if (cached) return cached;
  const { extends: _base, firstReportYear: _first, rules, ...delta } = v2Delta;
  const data =
    version === 1
      ? v1Data
      : { ...v1Data, ...delta, rules: [...v1Data.rules, ...(rules as unknown as Rule[])] };
  const result = loadCatalogue(data);
  if (!result.ok) {
    throw new Error(
      `The built-in catalogue is broken: ${result.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    );
  }
  loaded.set(version, result.catalogue);
  return result.catalogue;
}
