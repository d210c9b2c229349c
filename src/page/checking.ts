import { checkSources, type BatchCheck, type Source } from "../domain/check/batch";
import { templateSheetYears } from "../domain/read/submission";
import { builtinReference } from "./engine";

/** The page's check of the files it holds, as `dvcq check --year`: loaded with the first files opened. */
export function checkInbox(sources: readonly Source[], year: number): BatchCheck {
  const { catalogue, registry } = builtinReference(year);
  return checkSources(sources, catalogue, registry, { expectedYear: year });
}

/**
 * The report year most of the files name, so a clerk who opens the 2024 inbox checks it as 2024:
 * the years checkInbox(sources, anyYear) would read, template sheet by template sheet, without
 * checking them (the page checks the files once, for the year chosen). On a tie, the year met first.
 */
export function mostCommonYear(sources: readonly Source[], anyYear: number): number | null {
  const { catalogue } = builtinReference(anyYear);
  const counts = new Map<number, number>();
  for (const source of sources) {
    if ("unreadable" in source) continue;
    for (const year of templateSheetYears(source.workbook, catalogue))
      if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}
