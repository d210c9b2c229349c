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
