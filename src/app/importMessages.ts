import type { Message } from "../domain/i18n/lang";

/** What importing files says to the clerk, in Vietnamese and English. */
export const IM = {
  registryFailed: (detail: string): Message => ({
    vi: `Excel báo lỗi nên chưa đọc được danh sách đơn vị; chưa nhập tệp nào: ${detail}`,
    en: `Excel reported an error, so the unit list could not be read; no file was imported: ${detail}`,
  }),
  unitUnknown: (file: string): Message => ({
    vi: `Không xác định được đơn vị của tệp “${file}” (mã đơn vị 0.1 không có trong danh sách đơn vị) nên chưa nhập.`,
    en: `The unit of file “${file}” is not known (its unit code 0.1 is not in the unit list), so it was not imported.`,
  }),
  yearUnknown: (file: string): Message => ({
    vi: `Không đọc được năm báo cáo của tệp “${file}” nên chưa nhập.`,
    en: `The report year of file “${file}” cannot be read, so it was not imported.`,
  }),
  sheetNotTemplate: (sheet: string): Message => ({
    vi: `Sổ tính đã có trang “${sheet}” nhưng đó không phải mẫu biểu; hãy đổi tên trang đó rồi nhập lại tệp.`,
    en: `The workbook already has a sheet “${sheet}” that is not a template; rename it and import the file again.`,
  }),
  formulaNotImported: (cell: string, formula: string, result: string | number | boolean | null): Message => ({
    vi: `Ô ${cell} có công thức do đơn vị gõ (${formula}); sổ tổng hợp chỉ nhận kết quả của nó (${result === null ? "trống" : String(result)}), không nhận công thức.`,
    en: `Cell ${cell} holds a formula the unit typed (${formula}); the district workbook takes only its result (${result === null ? "blank" : String(result)}), not the formula.`,
  }),
  sheetChanged: (sheet: string): Message => ({
    vi: `Trong lúc chọn bản giữ lại, sổ tính đã có thêm trang “${sheet}” nên tệp này chưa được nhập; hãy xem lại trang đó rồi nhập lại tệp.`,
    en: `While the duplicates were being answered, the workbook gained a sheet “${sheet}”, so this file was not imported; look at that sheet and import the file again.`,
  }),
  rebuiltInsertFailed: (detail: string): Message => ({
    vi: `Excel không chép được trang của tệp nguyên trạng (${detail}) nên trang được dựng lại từ mẫu với số liệu của đơn vị; biểu đồ, ghi chú và định dạng riêng của đơn vị không được chép.`,
    en: `Excel could not copy the file's sheet as it is (${detail}), so the sheet was rebuilt from the template with the unit's figures; the unit's charts, comments and own formatting were not copied.`,
  }),
  rebuiltNamesBroken: (names: readonly string[]): Message => ({
    vi: `Sau khi chép, tên ô ${names.join(", ")} của trang bị hỏng (#REF! hoặc trỏ sai ô) nên trang được dựng lại từ mẫu với số liệu của đơn vị.`,
    en: `After copying, the sheet's defined names ${names.join(", ")} were broken (#REF! or pointing at the wrong cell), so the sheet was rebuilt from the template with the unit's figures.`,
  }),
  excelFailed: (detail: string): Message => ({
    vi: `Excel báo lỗi nên tệp này chưa được nhập: ${detail}`,
    en: `Excel reported an error, so this file was not imported: ${detail}`,
  }),
  logFailed: (sheet: string, imported: number, detail: string): Message => ({
    vi: `Đã nhập ${imported} tệp nhưng Excel báo lỗi nên chưa ghi được trang “${sheet}”: ${detail}`,
    en: `${imported} files were imported, but Excel reported an error, so the “${sheet}” sheet was not written: ${detail}`,
  }),
};
