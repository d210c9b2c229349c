import type { SourcedFinding } from "../check/batch";
import { cellRef } from "../layout/a1";
import type { CellStyle, SheetPlan } from "../layout/sheetPlan";
import type { Rollup } from "../rollup/rollup";
import {
  BASE_STYLES,
  FILE_AS_GIVEN,
  printSetup,
  sentenceNaming,
  sheetBuilder,
  type FileName,
} from "./sheetKit";
import { FINDINGS_SHEET } from "./sheetNames";

export { FINDINGS_SHEET };
/** The Excel table of the findings (header row included), for the clerk's filters. */
export const FINDINGS_TABLE = "DVCQ_KetQuaKiemTra";

/** Column headings of the findings table, in order. */
export const FINDINGS_COLUMNS = [
  "STT",
  "Mã đơn vị",
  "Tên đơn vị",
  "Tệp",
  "Trang",
  "Ô",
  "Mã lỗi",
  "Mức độ",
  "Nội dung",
  "Tình trạng tệp",
] as const;
const WIDTHS = [5, 18, 24, 34, 20, 6, 26, 10, 58, 16];
/** Columns of codes and file names: capitals and digits, wider than prose. */
const CODE_COLUMNS = new Set([2, 4, 5, 6, 7]);
const SEVERITY_COLUMN = FINDINGS_COLUMNS.indexOf("Mức độ") + 1;

export const SEVERITY_LABEL = { error: "Lỗi", warning: "Cảnh báo" } as const;

/** What the roll-up did with the file (and sheet) a finding is about. */
export const FILE_STATUS = {
  used: "Đã tổng hợp",
  copy: "Bản trùng, không dùng",
  unusable: "Không dùng được",
  other: "Không tổng hợp",
} as const;

const STYLES: Record<string, CellStyle> = {
  ...BASE_STYLES,
  head: { bold: true, horizontal: "center", vertical: "center", wrap: true, fill: "#D9E1F2", border: true },
  stt: { horizontal: "center", vertical: "top", border: true, numberFormat: "0" },
  plain: { vertical: "top", wrap: true, border: true, numberFormat: "@" },
  error: { bold: true, vertical: "top", border: true, color: "#9C0006", numberFormat: "@" },
  warning: { vertical: "top", border: true, color: "#9C5700", numberFormat: "@" },
};

/**
 * "Kết quả kiểm tra": every finding of every file the roll-up was given (the reports used, the
 * copies not used and the files it could not use), one per row, by unit in the registry's order
 * (findings of no known unit last), each unit's in the order the check found them. Row 1 is the
 * header of the table FINDINGS_TABLE, which the clerk filters by unit, rule or severity. The
 * sentences are the Vietnamese of `dvcq check`, like every sheet of the district workbook.
 */
export function findingsPlan(rollup: Rollup, fileName: FileName = FILE_AS_GIVEN): SheetPlan {
  const b = sheetBuilder();
  const where = lookups(rollup);
  FINDINGS_COLUMNS.forEach((text, i) => {
    b.put(1, i + 1, text, "head");
    b.fit(1, text, WIDTHS[i] as number, { capitals: true });
  });
  const rows = findingRows(rollup);
  rows.forEach((f, i) => {
    const row = i + 2;
    const unit = where.unitOf(f);
    const file = fileName(f.file);
    const text = sentenceNaming(f.message, where.filesOf(f), fileName);
    const values = [
      i + 1,
      unit?.code,
      unit?.name || undefined,
      file,
      f.sheet ?? undefined,
      f.cell ?? undefined,
      f.rule,
      SEVERITY_LABEL[f.severity],
      text,
      where.statusOf(f),
    ];
    values.forEach((value, c) => {
      const col = c + 1;
      b.put(row, col, value, col === 1 ? "stt" : col === SEVERITY_COLUMN ? f.severity : "plain");
      // The row as tall as its longest wrapped text.
      if (typeof value === "string")
        b.fit(row, value, WIDTHS[c] as number, { capitals: CODE_COLUMNS.has(col) });
    });
  });
  return b.done({
    name: FINDINGS_SHEET,
    columnWidths: WIDTHS,
    styles: STYLES,
    freezeRows: 1,
    print: printSetup("landscape", "$1:$1", { header: `KẾT QUẢ KIỂM TRA BÁO CÁO NĂM ${rollup.year}` }),
    tables: [{ name: FINDINGS_TABLE, range: findingsTableRange(rows.length) }],
  });
}

/** The findings in the sheet's order: by unit in the registry's order, then those of no known unit. */
export function findingRows(rollup: Rollup): SourcedFinding[] {
  const { unitOf } = lookups(rollup);
  const order = new Map(rollup.units.map((u, i) => [u.unit.code, i]));
  const rank = (f: SourcedFinding): number => order.get(unitOf(f)?.code ?? "") ?? rollup.units.length;
  return rollup.allFindings
    .map((f, i) => ({ f, i, rank: rank(f) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * "A1:J13": the findings with their header, what a shell turns into the table FINDINGS_TABLE. An
 * Excel table needs a row under its header, so with no finding it spans one empty row.
 */
export function findingsTableRange(findingCount: number): string {
  return `A1:${cellRef(Math.max(1, findingCount) + 1, FINDINGS_COLUMNS.length)}`;
}

/**
 * A finding's unit (its own, else that of the unusable file it is about: the code in the file's
 * name) and what the roll-up did with its file and sheet, looked up by key, not by scanning every
 * unit for every finding (3,000 units).
 */
function lookups(rollup: Rollup): {
  unitOf: (f: SourcedFinding) => { code: string; name: string } | null;
  statusOf: (f: SourcedFinding) => string;
  /** The files a finding's sentence may name: its own, and the other files of its unit (a first copy). */
  filesOf: (f: SourcedFinding) => string[];
} {
  const units = new Map(rollup.units.map((u) => [u.unit.code, u.unit]));
  const unusable = new Map(rollup.unusedFiles.map((u) => [u.file, u]));
  const key = (file: string, sheet: string | null): string => JSON.stringify([file, sheet]);
  const status = new Map<string, string>();
  const mark = (file: string, sheet: string, label: string): void => {
    for (const k of [key(file, sheet), key(file, null)]) if (!status.has(k)) status.set(k, label);
  };
  for (const u of rollup.units) if (u.kept) mark(u.kept.file, u.kept.submission.sheet, FILE_STATUS.used);
  for (const u of rollup.units)
    for (const copy of u.ignored) mark(copy.file, copy.submission.sheet, FILE_STATUS.copy);
  const filesOfUnit = new Map(
    rollup.units.map((u) => [
      u.unit.code,
      [...(u.kept ? [u.kept.file] : []), ...u.ignored.map((c) => c.file), ...u.unusable.map((c) => c.file)],
    ]),
  );
  return {
    filesOf: (f) => [f.file, ...(filesOfUnit.get(f.unit ?? "") ?? []).filter((file) => file !== f.file)],
    unitOf(f) {
      const code = f.unit ?? unusable.get(f.file)?.unit?.code ?? null;
      return code === null ? null : (units.get(code) ?? { code, name: "" });
    },
    statusOf(f) {
      return (
        status.get(key(f.file, f.sheet)) ?? (unusable.has(f.file) ? FILE_STATUS.unusable : FILE_STATUS.other)
      );
    },
  };
}
