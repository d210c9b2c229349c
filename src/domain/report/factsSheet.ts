// The facts sheet as it is recognised (recognise.ts, previousYear.ts), apart from the plan that
// writes it (facts.ts): a check of the inputs loads this, not the report.

export const FACTS_SHEET = "Dữ liệu";

/** Column headings of the facts, in order: what a PivotTable or a clerk's formula refers to. */
export const FACTS_COLUMNS = [
  "Năm",
  "Mã đơn vị",
  "Tên đơn vị",
  "Loại đơn vị",
  "Mục",
  "Mã chỉ tiêu",
  "Chỉ tiêu",
  "Giá trị",
  "Tệp nguồn",
  "Trang",
  "Ô",
  "Mẫu biểu",
  "Kiểu",
] as const;
