import type { Catalogue } from "../catalogue/types";
import type { Message } from "../i18n/lang";
import type { Submission } from "../read/submission";
import type { WorkbookSnapshot } from "../read/snapshot";
import type { UnitRegistry } from "../units/registry";
import { checkWorkbook, type CheckOptions, type WorkbookCheck } from "./checks";
import type { FileRule, Finding } from "./finding";
import { ListsAcrossUnits } from "./listsAcrossUnits";

/** A workbook by the name it came under (a file name), read or not; an unread one says why. */
export type Source =
  { name: string; workbook: WorkbookSnapshot } | { name: string; unreadable: Message; rule: FileRule };

export interface SourcedFinding extends Finding {
  /** The file the finding is about. */
  file: string;
}

export interface BatchCheck {
  findings: SourcedFinding[];
  submissions: { file: string; submission: Submission }[];
  /** The same, source by source in the order given. */
  bySource: { name: string; submissions: Submission[]; findings: SourcedFinding[] }[];
}

/**
 * Checks many workbooks at once, in the order given: each one's findings, a file that could not be
 * read as its FileRule, and a second report of the same unit and year as DUPLICATE_SUBMISSION.
 */
export function checkSources(
  sources: readonly Source[],
  catalogue: Catalogue,
  registry: UnitRegistry,
  options: CheckOptions = {},
): BatchCheck {
  const batch = new BatchChecker(catalogue, registry, options);
  for (const source of sources) batch.add(source);
  return batch.result();
}

/**
 * checkSources one source at a time, for a shell that reads them one by one: once added, a
 * workbook is no longer needed, so an inbox of thousands is never held whole.
 */
export class BatchChecker {
  private readonly findings: SourcedFinding[] = [];
  private readonly submissions: BatchCheck["submissions"] = [];
  private readonly bySource: BatchCheck["bySource"] = [];
  private readonly firstFileOf = new Map<string, string>();
  private readonly lists = new ListsAcrossUnits();

  constructor(
    private readonly catalogue: Catalogue,
    private readonly registry: UnitRegistry,
    private readonly options: CheckOptions = {},
  ) {}

  get count(): number {
    return this.bySource.length;
  }

  result(): BatchCheck {
    return { findings: this.findings, submissions: this.submissions, bySource: this.bySource };
  }

  add(source: Source): void {
    if ("unreadable" in source)
      this.record(source.name, () =>
        this.findings.push({
          file: source.name,
          rule: source.rule,
          severity: "error",
          unit: null,
          sheet: null,
          cell: null,
          section: null,
          message: source.unreadable,
        }),
      );
    else
      this.addChecked(
        source.name,
        checkWorkbook(source.workbook, this.catalogue, this.registry, this.options),
      );
  }

  /**
   * A workbook checkWorkbook has checked elsewhere (a worker thread), with this batch's catalogue,
   * registry and options: what `add` would do with it, without the workbook.
   */
  addChecked(name: string, result: WorkbookCheck): void {
    this.record(name, () => this.acrossFiles(name, result));
  }

  /** What `add` gives to the source, as the findings and submissions it added. */
  private record(name: string, add: () => void): void {
    const { findings, submissions } = this;
    const from = findings.length;
    const submissionsFrom = submissions.length;
    add();
    this.bySource.push({
      name,
      submissions: submissions.slice(submissionsFrom).map((s) => s.submission),
      findings: findings.slice(from),
    });
  }

  /** The file's own findings and submissions, then what it makes of those of the files before it. */
  private acrossFiles(name: string, result: WorkbookCheck): void {
    const { findings, submissions, firstFileOf } = this;
    findings.push(...result.findings.map((f) => ({ ...f, file: name })));
    for (const submission of result.submissions) {
      submissions.push({ file: name, submission });
      findings.push(...this.lists.add(this.catalogue, name, submission));
      const code = submission.unit?.code;
      if (!code || submission.year === null) continue;
      const key = `${code}|${submission.year}`;
      const first = firstFileOf.get(key);
      if (first === undefined) firstFileOf.set(key, `${name} › ${submission.sheet}`);
      else {
        findings.push({
          file: name,
          rule: "DUPLICATE_SUBMISSION",
          severity: "warning",
          unit: code,
          sheet: submission.sheet,
          cell: null,
          section: null,
          message: {
            code: "DUPLICATE_SUBMISSION",
            unit: submission.unit?.name ?? code,
            year: submission.year,
            first,
          },
        });
      }
    }
  }
}
