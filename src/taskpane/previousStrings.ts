import type { Message } from "../domain/i18n/lang";

/** The roll-up's "last year's figures" control, in Vietnamese and English (pane and page). */
export const PV = {
  label: { vi: "Số liệu năm trước (không bắt buộc)", en: "Last year's figures (optional)" },
  pick: { vi: "Chọn tệp năm trước…", en: "Choose last year's file…" },
  remove: { vi: "Bỏ tệp năm trước", en: "Remove last year's file" },
} satisfies Record<string, Message>;

/** What the file is for, naming the year it must be of when the report year is known. */
export function previousHint(year: number | null): Message {
  const of =
    year === null ? { vi: "năm trước", en: "last year" } : { vi: `năm ${year - 1}`, en: `${year - 1}` };
  return {
    vi: `Báo cáo tổng hợp ${of.vi} (.xlsx) hoặc tệp CSV số liệu do DVCQ lập: thêm trang “So với cùng kỳ”, so sánh trong dự thảo báo cáo và đối chiếu 4.2, 3.3 của từng đơn vị với năm trước.`,
    en: `The district report of ${of.en} (.xlsx) or the facts CSV DVCQ wrote: adds the sheet “So với cùng kỳ”, the comparisons in the draft report and checks each unit's 4.2 and 3.3 against last year.`,
  };
}

export function previousChosen(name: string): Message {
  return { vi: `Tệp năm trước: ${name}`, en: `Last year's file: ${name}` };
}

/** After a roll-up with last year's figures: how far they reached this year's units. */
export function comparedLine(
  p: { year: number; compared: number; counted: number },
  year: number,
  units: number,
): Message {
  return {
    vi: `So sánh với cùng kỳ năm ${p.year}: số liệu của ${p.counted} đơn vị năm ${p.year} tính cho ${p.compared}/${units} đơn vị năm ${year}; trang “So với cùng kỳ”.`,
    en: `Compared with ${p.year}: the figures of ${p.counted} units of ${p.year} counted for ${p.compared}/${units} units of ${year}; sheet “So với cùng kỳ”.`,
  };
}
