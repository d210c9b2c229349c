import { checkSources, type BatchCheck, type Source } from "../domain/check/batch";
import { builtinReference } from "./engine";

/** The page's check of the files it holds, as `dvcq check --year`: loaded with the first files opened. */
export function checkInbox(sources: readonly Source[], year: number): BatchCheck {
  const { catalogue, registry } = builtinReference(year);
  return checkSources(sources, catalogue, registry, { expectedYear: year });
}

/** The report year most of the files name, so a clerk who opens the 2024 inbox checks it as 2024. */
export function mostCommonYear(sources: readonly Source[], anyYear: number): number | null {
  const counts = new Map<number, number>();
  for (const { submission } of checkInbox(sources, anyYear).submissions)
    if (submission.year !== null) counts.set(submission.year, (counts.get(submission.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}
