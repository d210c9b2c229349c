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

/**
 * The catalogue a template sheet is read and checked with, when the shell works with a built-in
 * version: the version of the sheet's report year, or the sheet's own version when that is newer
 * (a unit that already used version 2). A version 1 sheet of a version 2 year is read by version 2,
 * which reads it as its own and notes the lists it lacks; a district's own catalogue reads every
 * sheet itself.
 */
export function catalogueForSheet(
  given: Catalogue,
  sheet: { templateId: string | null; year: number | null },
): Catalogue {
  if (![...loaded.values()].includes(given)) return given;
  const yearVersion = sheet.year === null ? given.version : loadBuiltinCatalogue(sheet.year).version;
  return builtin(Math.max(builtinVersionOf(given, sheet.templateId) ?? 1, yearVersion) >= 2 ? 2 : 1);
}

/**
 * The built-in version that wrote a sheet of template `templateId`, to rebuild the sheet as it
 * was (a unit's version 1 sheet stays version 1 when it is prepared to send); `given` otherwise.
 */
export function catalogueOfTemplate(given: Catalogue, templateId: string | null): Catalogue {
  if (![...loaded.values()].includes(given)) return given;
  const version = builtinVersionOf(given, templateId);
  return version === undefined ? given : builtin(version);
}

function builtinVersionOf(given: Catalogue, templateId: string | null): 1 | 2 | undefined {
  const own = /^(.+)\/(\d+)$/.exec(templateId ?? "");
  if (!own || own[1] !== given.id) return undefined;
  return own[2] === "1" ? 1 : own[2] === "2" ? 2 : undefined;
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
