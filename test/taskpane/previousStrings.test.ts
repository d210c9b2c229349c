import { comparedLine, previousChosen, previousHint, PV } from "../../src/taskpane/previousStrings";

test("the last year's file control speaks both languages", () => {
  expect([PV.label, PV.pick, PV.remove]).toEqual([
    { vi: "Số liệu năm trước (không bắt buộc)", en: "Last year's figures (optional)" },
    { vi: "Chọn tệp năm trước…", en: "Choose last year's file…" },
    { vi: "Bỏ tệp năm trước", en: "Remove last year's file" },
  ]);
  expect(previousChosen("TH_2024.xlsx")).toEqual({
    vi: "Tệp năm trước: TH_2024.xlsx",
    en: "Last year's file: TH_2024.xlsx",
  });
});

test("the hint names the year the file must be of, once the report year is known", () => {
  expect(previousHint(2025)).toEqual({
    vi: "Báo cáo tổng hợp năm 2024 (.xlsx) hoặc tệp CSV số liệu do DVCQ lập: thêm trang “So với cùng kỳ”, so sánh trong dự thảo báo cáo và đối chiếu 4.2, 3.3 của từng đơn vị với năm trước.",
    en: "The district report of 2024 (.xlsx) or the facts CSV DVCQ wrote: adds the sheet “So với cùng kỳ”, the comparisons in the draft report and checks each unit's 4.2 and 3.3 against last year.",
  });
  expect(previousHint(null).vi).toMatch(/^Báo cáo tổng hợp năm trước \(\.xlsx\)/);
  expect(previousHint(null).en).toMatch(/^The district report of last year \(\.xlsx\)/);
});

test("after the roll-up, how far last year's figures reached", () => {
  expect(comparedLine({ year: 2024, compared: 28, counted: 29 }, 2025, 30)).toEqual({
    vi: "So sánh với cùng kỳ năm 2024: số liệu của 29 đơn vị năm 2024 tính cho 28/30 đơn vị năm 2025; trang “So với cùng kỳ”.",
    en: "Compared with 2024: the figures of 29 units of 2024 counted for 28/30 units of 2025; sheet “So với cùng kỳ”.",
  });
});
