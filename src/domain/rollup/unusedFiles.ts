import type { SourcedFinding } from "../check/batch";
import type { FileRule } from "../check/finding";
import type { Wording } from "../i18n/say";
import type { Unit } from "../units/registry";

/** Why the roll-up used nothing from a file it was given. */
export type UnusedReason = FileRule | "NOT_A_TEMPLATE" | "UNKNOWN_UNIT" | "WRONG_YEAR" | "UNIT_NOT_EXPECTED";

/** A file the roll-up was given and could not use, and why. */
export interface UnusedFile {
  file: string;
  /** The unit it came from: as read from the file, or its code recognised in the file name when unread. */
  unit: Unit | null;
  reason: UnusedReason;
  message: Wording;
}

const UNREAD: ReadonlySet<string> = new Set<FileRule>(["FILE_UNREADABLE", "FILE_TOO_LARGE", "FILE_UNSAFE"]);

export function isUnreadReason(reason: UnusedReason): boolean {
  return UNREAD.has(reason);
}

/** What the roll-up knows of one file it did not use. */
export interface UnusedFileFacts {
  file: string;
  findings: SourcedFinding[];
  /** The template sheets read from it, with the unit and year they name. */
  sheets: { unit: Unit | null; year: number | null }[];
}

/**
 * The reason a file gave nothing to the roll-up of `year`, whose expected units are `expected`: the
 * file could not be read, held no template, or its (first) template sheet names an unknown unit,
 * another year, or a unit not expected that year.
 */
export function unusedFile(facts: UnusedFileFacts, year: number, expected: readonly Unit[]): UnusedFile {
  const { file, findings, sheets } = facts;
  const unread = findings.find((f) => UNREAD.has(f.rule));
  if (unread)
    return {
      file,
      unit: unitInFileName(file, expected),
      reason: unread.rule as FileRule,
      message: unread.message,
    };
  const sheet = sheets[0];
  if (sheet === undefined) {
    const notTemplate = findings.find((f) => f.rule === "NOT_A_TEMPLATE");
    return {
      file,
      unit: unitInFileName(file, expected),
      reason: "NOT_A_TEMPLATE",
      message: notTemplate?.message ?? { code: "WORKBOOK_NOT_A_TEMPLATE" },
    };
  }
  const { unit } = sheet;
  if (unit === null)
    return {
      file,
      unit: unitInFileName(file, expected),
      reason: "UNKNOWN_UNIT",
      message: { code: "FILE_UNIT_UNKNOWN" },
    };
  if (sheet.year !== year)
    return {
      file,
      unit,
      reason: "WRONG_YEAR",
      message: { code: "FILE_OTHER_YEAR", year: sheet.year, expected: year },
    };
  return {
    file,
    unit,
    reason: "UNIT_NOT_EXPECTED",
    message: { code: "FILE_UNIT_NOT_EXPECTED", unit: unit.name, year },
  };
}

/**
 * The unit whose code stands in a file's name as a whole word ("DVCQ_2024_XA-XUAN-HOA (1).xlsx"),
 * the longest when codes nest; how a file that cannot be opened is still put to its unit.
 */
export function unitInFileName(file: string, units: readonly Unit[]): Unit | null {
  const name = fileNameOf(file).toUpperCase();
  let best: Unit | null = null;
  for (const unit of units) {
    let at = name.indexOf(unit.code);
    while (at >= 0) {
      const before = name[at - 1];
      const after = name[at + unit.code.length];
      if (!isCodeCharacter(before) && !isCodeCharacter(after)) {
        if (best === null || unit.code.length > best.code.length) best = unit;
        break;
      }
      at = name.indexOf(unit.code, at + 1);
    }
  }
  return best;
}

function isCodeCharacter(c: string | undefined): boolean {
  return c !== undefined && /[A-Z0-9-]/.test(c);
}

/** The last segment of a path written on any system: what the district workbook shows of a file. */
export function fileNameOf(file: string): string {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
}
