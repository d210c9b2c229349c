import type { Catalogue, ListBlock } from "../catalogue/types";
import type { CellStyle, SheetPlan } from "../layout/sheetPlan";
import type { Rollup, UnitStatus } from "../rollup/rollup";
import { foldForMatch } from "../text/fold";
import { BASE_STYLES, printSetup, sheetBuilder } from "./sheetKit";
import { MODELS_ANNEX_SHEET, TEXTS_ANNEX_SHEET } from "./sheetNames";

export { MODELS_ANNEX_SHEET, TEXTS_ANNEX_SHEET };

const HEADER_ROW = 4;
const STYLES: Record<string, CellStyle> = {
  ...BASE_STYLES,
  head: { bold: true, horizontal: "center", vertical: "center", wrap: true, fill: "#D9E1F2", border: true },
  title: { bold: true, size: 13, horizontal: "center", vertical: "center", wrap: true },
  note: { italic: true, horizontal: "center", vertical: "center", wrap: true },
  stt: { horizontal: "center", vertical: "top", border: true, numberFormat: "0" },
  plain: { vertical: "top", wrap: true, border: true, numberFormat: "@" },
  same: { vertical: "top", wrap: true, border: true, color: "#9C5700", fill: "#FFEB9C", numberFormat: "@" },
  missing: { italic: true, vertical: "top", wrap: true, border: true, color: "#7F7F7F", numberFormat: "@" },
};

/** The annexes the catalogue's lists and text blocks give the district workbook: none for version 1. */
export function annexPlans(rollup: Rollup, catalogue: Catalogue): SheetPlan[] {
  const models = catalogue.lists?.[0];
  return [
    ...(models ? [modelsAnnexPlan(rollup, models)] : []),
    ...(catalogue.texts ? [textsAnnexPlan(rollup, catalogue)] : []),
  ];
}

/** The units whose report was used but holds no such part (a template of an earlier version). */
function withoutPart(rollup: Rollup, has: (u: UnitStatus) => boolean): string[] {
  return rollup.units.filter((u) => u.kept !== null && !has(u)).map((u) => u.unit.name);
}

/**
 * "Phụ lục mô hình": the list of every unit's report in one table, by unit in the registry's
 * order, each row as the unit wrote it. A name two units list (spaces, case and accents aside) is
 * marked on both rows with the other units, for the clerk to settle before the report counts it
 * twice; units whose report has no list (version 1) are named under the table.
 */
export function modelsAnnexPlan(rollup: Rollup, list: ListBlock): SheetPlan {
  const columns = [...list.columns].sort((a, b) => a.col - b.col);
  const headings = ["STT", "Đơn vị", ...columns.map((c) => c.label), "Ghi chú"];
  const widths = [6, 26, ...columns.map((c) => (c.key === list.key ? 40 : c.type === "N" ? 10 : 18)), 30];
  const rows = rollup.units.flatMap((u) =>
    (u.kept?.submission.lists?.get(list.id) ?? []).map((r) => ({ unit: u.unit, values: r.values })),
  );
  const unitsOfName = new Map<string, Set<string>>();
  for (const r of rows) {
    const key = foldForMatch(String(r.values[list.key]));
    unitsOfName.set(key, (unitsOfName.get(key) ?? new Set()).add(r.unit.name));
  }

  const b = sheetBuilder();
  const last = headings.length;
  b.band(1, 1, last, `PHỤ LỤC: ${list.title.toLocaleUpperCase("vi")} NĂM ${rollup.year}`, "title");
  b.height(1, 36);
  b.band(
    2,
    1,
    last,
    `Tổng hợp từ mục ${list.roman} báo cáo của các đơn vị; tên trùng giữa các đơn vị được ghi ở cột Ghi chú.`,
    "note",
  );
  headings.forEach((h, i) => b.put(HEADER_ROW, i + 1, h, "head"));
  b.height(HEADER_ROW, 32);
  let row = HEADER_ROW + 1;
  rows.forEach((r, i) => {
    const others = [...(unitsOfName.get(foldForMatch(String(r.values[list.key]))) ?? [])].filter(
      (name) => name !== r.unit.name,
    );
    const note = others.length > 0 ? `Trùng tên với mô hình của: ${others.join(", ")}` : "";
    const style = note ? "same" : "plain";
    b.put(row, 1, i + 1, "stt");
    b.put(row, 2, r.unit.name, style);
    columns.forEach((c, j) => b.put(row, j + 3, r.values[c.key] ?? "", style));
    b.put(row, last, note, style);
    b.fit(row, String(r.values[list.key] ?? ""), widths[2] as number);
    b.fit(row, r.unit.name, widths[1] as number);
    b.fit(row, note, widths[last - 1] as number);
    row++;
  });
  const units = new Set(rows.map((r) => r.unit.code)).size;
  b.band(row, 1, last, `Cộng: ${rows.length} mô hình, điển hình của ${units} đơn vị.`, "totalLabel");
  row++;
  const old = withoutPart(rollup, (u) => u.kept?.submission.lists?.has(list.id) === true);
  if (old.length > 0) {
    const text = `Báo cáo theo mẫu chưa có danh sách này (mẫu cũ): ${old.join(", ")}.`;
    b.band(row, 1, last, text, "missing");
    b.fit(
      row,
      text,
      widths.reduce((a, w) => a + w, 0),
    );
  }
  return b.done({
    name: MODELS_ANNEX_SHEET,
    columnWidths: widths,
    styles: STYLES,
    freezeRows: HEADER_ROW,
    print: printSetup("landscape", `$${HEADER_ROW}:$${HEADER_ROW}`),
  });
}

const TEXT_WIDTHS = [6, 26, 90];

/**
 * "Phụ lục đánh giá": each text block of the template (Kết quả nổi bật, Hạn chế…), the words of
 * every unit under it, attributed, for the clerk to write the district's own sections from; a unit
 * that left a block empty, or whose template had none, is said so rather than left out.
 */
export function textsAnnexPlan(rollup: Rollup, catalogue: Catalogue): SheetPlan {
  const group = catalogue.texts as NonNullable<Catalogue["texts"]>;
  const used = rollup.units.filter((u) => u.kept !== null);
  const b = sheetBuilder();
  b.band(
    1,
    1,
    3,
    `PHỤ LỤC: ${group.title.toLocaleUpperCase("vi")} CỦA CÁC ĐƠN VỊ NĂM ${rollup.year}`,
    "title",
  );
  b.height(1, 36);
  b.band(2, 1, 3, `Nguyên văn mục ${group.roman} báo cáo của từng đơn vị.`, "note");
  ["STT", "Đơn vị", "Nội dung"].forEach((h, i) => b.put(HEADER_ROW, i + 1, h, "head"));
  let row = HEADER_ROW + 1;
  for (const block of group.blocks) {
    b.band(row, 1, 3, `${block.id}. ${block.title}`, "groupHeading");
    row++;
    used.forEach((u, i) => {
      const texts = u.kept?.submission.texts;
      const text = texts?.get(block.id)?.text ?? null;
      b.put(row, 1, i + 1, "stt");
      b.put(row, 2, u.unit.name, "plain");
      if (text !== null) {
        b.put(row, 3, text, "plain");
        b.fit(row, text, TEXT_WIDTHS[2] as number);
      } else b.put(row, 3, texts?.has(block.id) ? "(không ghi)" : "(mẫu cũ, không có phần này)", "missing");
      b.fit(row, u.unit.name, TEXT_WIDTHS[1] as number);
      row++;
    });
  }
  return b.done({
    name: TEXTS_ANNEX_SHEET,
    columnWidths: TEXT_WIDTHS,
    styles: STYLES,
    freezeRows: HEADER_ROW,
    print: printSetup("landscape", `$${HEADER_ROW}:$${HEADER_ROW}`),
  });
}
