import { catalogueForSheet } from "../catalogue/builtin";
import type { Catalogue } from "../catalogue/types";
import { cellRef } from "../layout/a1";
import type { Submission } from "../read/submission";
import { foldForMatch } from "../text/fold";
import type { Unit } from "../units/registry";
import type { SourcedFinding } from "./batch";
import { ruleFinding } from "./finding";

/**
 * The catalogue's listDuplicate rules across the units of a batch (R26 at the district): a model
 * name a second unit lists for the same year is a warning on the second unit's row, naming the
 * first. One unit's own copies are not compared (DUPLICATE_SUBMISSION speaks of them).
 */
export class ListsAcrossUnits {
  private readonly first = new Map<string, { unit: Unit; file: string; sheet: string }>();

  /** The findings of one more submission against those added before it. */
  add(given: Catalogue, file: string, submission: Submission): SourcedFinding[] {
    const { unit, year, lists } = submission;
    if (unit === null || year === null || lists === undefined) return [];
    const catalogue = catalogueForSheet(given, submission);
    const findings: SourcedFinding[] = [];
    for (const rule of catalogue.rules) {
      if (rule.kind !== "listDuplicate") continue;
      const list = catalogue.lists?.find((l) => l.id === rule.list);
      const column = list?.columns.find((c) => c.key === list.key)?.col;
      if (list === undefined || column === undefined) continue;
      for (const row of lists.get(list.id) ?? []) {
        const name = String(row.values[list.key]);
        const key = JSON.stringify([list.id, year, foldForMatch(name)]);
        const earlier = this.first.get(key);
        if (earlier === undefined) this.first.set(key, { unit, file, sheet: submission.sheet });
        if (earlier === undefined || earlier.unit.code === unit.code) continue;
        findings.push({
          file,
          ...ruleFinding(
            rule,
            { unit: unit.code, sheet: submission.sheet, cell: cellRef(row.row, column), section: null },
            {
              code: "LIST_NAME_ELSEWHERE",
              name,
              unit: earlier.unit.name,
              where: `${earlier.file} › ${earlier.sheet}`,
            },
          ),
        });
      }
    }
    return findings;
  }
}
