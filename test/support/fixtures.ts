/**
 * The real .xlsx files under test/fixtures, and the figures they were filled with. The files are
 * made by test/fixtures/make/make-fixtures.sh (see test/fixtures/README.md); tests read them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { isoToExcelSerial } from "../../src/domain/period";
import {
  buildTemplatePlan,
  evidenceName,
  headerName,
  indicatorName,
  type TemplateLayout,
} from "../../src/domain/layout/template";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { findUnitByCode } from "../../src/domain/units/registry";

export const FIXTURES_DIR = path.resolve(__dirname, "../fixtures");

export function fixturePath(name: string): string {
  return path.join(FIXTURES_DIR, name);
}

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)));
}

export const FIXTURE_UNIT = "XA-XUAN-HOA";
export const FIXTURE_YEAR = 2024;
/** Stamped on the fixtures as created and modified. */
export const FIXTURE_CREATED = new Date("2024-10-10T02:00:00Z");

/** The template of Xã Xuân Hòa for 2024, as `dvcq template` writes it. */
export function xuanHoaLayout(): TemplateLayout {
  const unit = findUnitByCode(loadBuiltinRegistry(), FIXTURE_UNIT);
  if (unit === undefined) throw new Error(`${FIXTURE_UNIT} is not in the built-in registry`);
  return buildTemplatePlan(loadBuiltinCatalogue(), unit, FIXTURE_YEAR);
}

/** Figures by code ("6.20", or "0.6" for a header field); a string is written as text, as a clerk may type it. */
export type Figures = Readonly<Record<string, number | string | null>>;
/** Minh chứng by section id ("1"…"7"); null leaves the cell empty. */
export type EvidenceTexts = Readonly<Record<string, string | null>>;

/**
 * The layout with values written into its cells, found by the plan's defined names (DVCQ_I_*,
 * DVCQ_H_*, DVCQ_E_*). Throws for a code the plan does not name: a fixture must not miss its cell.
 */
export function fillTemplate(
  layout: TemplateLayout,
  figures: Figures,
  evidence: EvidenceTexts,
): TemplateLayout {
  const refOfName = new Map(layout.plan.names.map((n) => [n.name, n.ref.replace(/\$/g, "")]));
  const values = new Map<string, number | string | null>();
  const cellOf = (name: string): string => {
    const ref = refOfName.get(name);
    if (ref === undefined) throw new Error(`The plan of ${layout.plan.name} has no name ${name}`);
    return ref;
  };
  for (const [code, value] of Object.entries(figures)) {
    values.set(cellOf(code.startsWith("0.") ? headerName(code) : indicatorName(code)), value);
  }
  for (const [section, text] of Object.entries(evidence)) values.set(cellOf(evidenceName(section)), text);

  const cells = layout.plan.cells.map((cell) => {
    if (!values.has(cell.ref)) return cell;
    if (cell.formula !== undefined)
      throw new Error(`${cell.ref} holds a formula; a fixture does not type over it`);
    return { ...cell, value: values.get(cell.ref) ?? null };
  });
  return { ...layout, plan: { ...layout.plan, cells } };
}

const date = (iso: string): number => isoToExcelSerial(iso);

/**
 * Plausible figures of a commune for 2024 that break no rule of shared/domain/catalogue.md: every
 * N, % and D cell filled, 4.5 + 4.6 + 4.7 = 4.2 + 4.3 + 4.4 = 2056, 6.14 = 52 weeks, 7.1 before 14/10.
 */
export const CLEAN_FIGURES: Figures = {
  "0.6": 22,
  "0.7": 9,
  "0.8": "Báo cáo số 215/BC-UBND ngày 08/10/2024",
  "0.9": "Nguyễn Thị Lan, 0251 3741 234",
  "1.1": 12,
  "1.2": 3,
  "1.3": 4,
  "1.4": 260,
  "2.1": 36,
  "2.2": 2150,
  "2.3": 48,
  "2.4": 8,
  "2.5": 26,
  "2.6": 2,
  "2.7": 45,
  "3.1": 2,
  "3.2": 3,
  "3.3": 4,
  "3.4": 3,
  "3.5": 4,
  "3.6": 2,
  "3.7": 11,
  "4.1": 100,
  "4.2": 14,
  "4.3": 1630,
  "4.4": 412,
  "4.5": 2008,
  "4.6": 6,
  "4.7": 42,
  "4.10": 6,
  "4.11": 1380,
  "4.12": 98.5,
  "4.13": 92.3,
  "5.1": 2,
  "5.2": 4,
  "5.3": 1,
  "5.4": 0,
  "5.5": 2,
  "5.6": 5,
  "5.7": "Tốt",
  "6.1": 6,
  "6.2": 14,
  "6.3": 12,
  "6.4": 4,
  "6.5": 520,
  "6.6": 37,
  "6.7": 35,
  "6.8": 5,
  "6.9": 7,
  "6.10": 27,
  "6.11": 2,
  "6.12": 5,
  "6.14": 52,
  "6.15": 61,
  "6.16": 68,
  "6.17": 54,
  "6.18": 47,
  "6.19": 5,
  "6.20": 5,
  "6.21": 5,
  "6.22": 38,
  "6.23": 36,
  "7.1": date("2024-10-10"),
};

/** Evidence as clerks write it: lines starting with "- " (which Excel would take for a formula if typed as values). */
export const CLEAN_EVIDENCE: EvidenceTexts = {
  "1": "- Kế hoạch số 12/KH-UBND ngày 15/01/2024 về công tác dân vận chính quyền năm 2024;\n- Hội nghị quán triệt ngày 22/01/2024.",
  "2": "- Biên bản sinh hoạt các ấp quý I–IV/2024;\n- Lớp tập huấn ngày 12/6/2024 (Quyết định số 88/QĐ-UBND).",
  "3": "- Quyết định số 101/QĐ-UBND ngày 20/8/2024 công nhận mô hình “Dân vận khéo”.",
  "4": "- Báo cáo kết quả giải quyết TTHC trên Hệ thống thông tin giải quyết TTHC tỉnh, kỳ 01/10/2023–30/9/2024.",
  "5": "- Kế hoạch kiểm tra số 40/KH-UBND ngày 05/3/2024;\n- Quyết định khen thưởng số 130/QĐ-UBND ngày 02/9/2024.",
  "6": "- Sổ tiếp công dân năm 2024;\n- Báo cáo số 198/BC-UBND ngày 25/9/2024 về công tác tiếp công dân, giải quyết khiếu nại, tố cáo.",
  "7": "- Gửi qua Hệ thống quản lý văn bản và điều hành ngày 10/10/2024.",
};

export interface PlantedMistake {
  /** The indicator changed, or "E5" for the evidence of section V. */
  where: string;
  /** What the cell holds instead of the clean figure. */
  value: number | string | null;
  /** The finding it should produce, and only it. */
  rule: string;
  severity: "error" | "warning";
  what: string;
}

/** Ten mistakes over CLEAN_FIGURES, each producing exactly one finding and none leading to another. */
export const TEN_MISTAKES: readonly PlantedMistake[] = [
  {
    where: "6.20",
    value: 7,
    rule: "R17",
    severity: "error",
    what: "6.20 resolved (7) > 6.19 within competence (5)",
  },
  { where: "1.2", value: 15, rule: "R01", severity: "error", what: "1.2 plans (15) > 1.1 documents (12)" },
  {
    where: "2.3",
    value: null,
    rule: "R22",
    severity: "error",
    what: "2.3 left blank (no rule compares 2.3)",
  },
  { where: "3.7", value: "abc", rule: "R22", severity: "error", what: "3.7 holds the text “abc”" },
  {
    where: "2.2",
    value: "1.234",
    rule: "NUMBER_AS_TEXT",
    severity: "warning",
    what: "2.2 typed as the text “1.234”, read as 1234 (still ≥ 2.1 = 36)",
  },
  { where: "4.13", value: 120, rule: "R22", severity: "error", what: "4.13 percent 120" },
  {
    where: "7.1",
    value: date("2024-10-20"),
    rule: "R19",
    severity: "warning",
    what: "7.1 sent 20/10/2024, after the deadline 14/10/2024",
  },
  {
    where: "E5",
    value: null,
    rule: "R21",
    severity: "warning",
    what: "section V has figures and no Minh chứng",
  },
  {
    where: "4.10",
    value: 4,
    rule: "R10",
    severity: "warning",
    what: "4.10 apology slips (4) < 4.6 late files (6)",
  },
  {
    where: "6.11",
    value: 0,
    rule: "R15",
    severity: "error",
    what: "6.11 boards = 0 while 6.12 supervisions = 5",
  },
];

export function tenMistakesFigures(): { figures: Figures; evidence: EvidenceTexts } {
  const figures: Record<string, number | string | null> = { ...CLEAN_FIGURES };
  const evidence: Record<string, string | null> = { ...CLEAN_EVIDENCE };
  for (const m of TEN_MISTAKES) {
    if (m.where.startsWith("E")) evidence[m.where.slice(1)] = m.value === null ? null : String(m.value);
    else figures[m.where] = m.value;
  }
  return { figures, evidence };
}
