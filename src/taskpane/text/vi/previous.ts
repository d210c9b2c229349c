/** The roll-up's "last year's figures" control in Vietnamese (pane and page). */
export const vi = {
  label: "Số liệu năm trước (không bắt buộc)",
  pick: "Chọn tệp năm trước…",
  remove: "Bỏ tệp năm trước",
  /** What the file is for, naming the year it must be of when the report year is known. */
  previousHint(year: number | null): string {
    const of = year === null ? "năm trước" : `năm ${year - 1}`;
    return `Báo cáo tổng hợp ${of} (.xlsx) hoặc tệp CSV số liệu do DVCQ lập: thêm trang “So với cùng kỳ”, so sánh trong dự thảo báo cáo và đối chiếu 4.2, 3.3 của từng đơn vị với năm trước.`;
  },
  previousChosen(name: string): string {
    return `Tệp năm trước: ${name}`;
  },
  /** After a roll-up with last year's figures: how far they reached this year's units. */
  comparedLine(p: { year: number; compared: number; counted: number }, year: number, units: number): string {
    return `So sánh với cùng kỳ năm ${p.year}: số liệu của ${p.counted} đơn vị năm ${p.year} tính cho ${p.compared}/${units} đơn vị năm ${year}; trang “So với cùng kỳ”.`;
  },
};

export type PreviousText = typeof vi;
