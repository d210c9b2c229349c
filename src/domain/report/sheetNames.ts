import { FACTS_SHEET } from "./factsSheet";

// The names of the sheets the roll-up writes, apart from the plans that write them: what
// recognises a district report (recognise.ts) loads this, not the report.

export const REPORT_SHEET = "Báo cáo tổng hợp";
export const DETAILS_SHEET = "Chi tiết đơn vị";
export const SUBMISSIONS_SHEET = "Tình hình nộp báo cáo";
export const FINDINGS_SHEET = "Kết quả kiểm tra";
export const PIVOT_SHEET = "Tổng hợp theo mục";
export const NARRATIVE_SHEET = "Dự thảo báo cáo";
export const REMINDER_SHEET = "Công văn đôn đốc";
/** The annex of every unit's models (template version 2 on). */
export const MODELS_ANNEX_SHEET = "Phụ lục mô hình";
/** The annex of every unit's text blocks (template version 2 on). */
export const TEXTS_ANNEX_SHEET = "Phụ lục đánh giá";
export const YEAR_ON_YEAR_SHEET = "So với cùng kỳ";

/**
 * The sheets the roll-up writes, in workbook order. A re-run replaces exactly these sheets; they
 * carry no defined names.
 */
export const ROLLUP_SHEETS = {
  report: REPORT_SHEET,
  details: DETAILS_SHEET,
  submissions: SUBMISSIONS_SHEET,
  findings: FINDINGS_SHEET,
  pivot: PIVOT_SHEET,
  narrative: NARRATIVE_SHEET,
  facts: FACTS_SHEET,
  reminder: REMINDER_SHEET,
} as const;

/** Every sheet a roll-up may write: its sheets, and those of a year on year or a template with lists and texts. */
export const ROLLUP_SHEET_NAMES: ReadonlySet<string> = new Set([
  ...Object.values(ROLLUP_SHEETS),
  YEAR_ON_YEAR_SHEET,
  MODELS_ANNEX_SHEET,
  TEXTS_ANNEX_SHEET,
]);
