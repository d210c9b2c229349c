import type { Lang, Message } from "../domain/i18n/lang";
import { REGISTRY_SHEET } from "../domain/units/registry";
import type { RollupOutcome } from "../app/paneHost";

type RolledUp = Extract<RollupOutcome, { status: "done" }>;

/** Every sentence the task pane shows, in Vietnamese and English. */
export const S = {
  appTitle: { vi: "DVCQ", en: "DVCQ" },
  appSubtitle: {
    vi: "Mẫu biểu, kiểm tra và tổng hợp báo cáo năm theo Chỉ thị 03/CT-UBND",
    en: "Templates, checks and roll-up of the yearly Directive 03/CT-UBND report",
  },
  tabsLabel: { vi: "Chức năng", en: "Features" },
  tabTemplates: { vi: "Mẫu biểu", en: "Templates" },
  tabChecks: { vi: "Kiểm tra", en: "Checks" },
  tabRollup: { vi: "Tổng hợp", en: "Roll-up" },
  loadingTab: { vi: "Đang tải…", en: "Loading…" },

  rollupHeading: { vi: "Tổng hợp báo cáo", en: "Roll-up" },
  rollupHint: {
    vi: "Tổng hợp mọi trang mẫu biểu của năm trong sổ này; các trang tổng hợp cũ được ghi lại, các trang khác giữ nguyên.",
    en: "Rolls up every template sheet of the year in this workbook; earlier report sheets are rewritten, other sheets stay as they are.",
  },
  rollupRunning: { vi: "Đang tổng hợp…", en: "Rolling up…" },
  rollupFailed: { vi: "Chưa tổng hợp được", en: "The roll-up did not run" },
  rollupPivotTable: {
    vi: "Trang Pivot có PivotTable trên các chỉ tiêu đếm và biểu đồ.",
    en: "The Pivot sheet holds a PivotTable of the count indicators and charts.",
  },
  rollupSummaryTable: {
    vi: "Excel này chưa tạo được PivotTable: xem bảng tính sẵn ở trang “Tổng hợp theo mục”.",
    en: "This Excel cannot make a PivotTable: see the computed table on the “Tổng hợp theo mục” sheet.",
  },

  noExcelTitle: { vi: "DVCQ cần chạy trong Excel", en: "DVCQ needs Excel" },
  noExcelBody: {
    vi: "Trang này không được mở trong Excel nên không thể đặt mẫu biểu vào sổ tính. Hãy mở DVCQ từ Excel, hoặc dùng trang DVCQ không cần Excel: mở các tệp báo cáo, kiểm tra, tổng hợp và tải báo cáo tổng hợp ngay trong trình duyệt.",
    en: "This page is not open in Excel, so it cannot place templates in a workbook. Open DVCQ from Excel, or use DVCQ without Excel: open the report files, check them, roll them up and download the district report in the browser.",
  },
  openStandalone: { vi: "Mở trang DVCQ không cần Excel", en: "Open DVCQ without Excel" },
  noExcelCli: {
    vi: "Hoặc tạo tệp mẫu biểu .xlsx bằng dòng lệnh:",
    en: "Or make .xlsx template files on the command line:",
  },
  switchLanguage: { vi: "English", en: "Tiếng Việt" },
  switchLanguageLabel: { vi: "Switch to English", en: "Chuyển sang tiếng Việt" },

  yearLabel: { vi: "Năm báo cáo", en: "Report year" },
  yearHint: {
    vi: "Kỳ báo cáo từ 01/10 năm trước đến 30/09 năm báo cáo.",
    en: "The period runs from 1 October of the previous year to 30 September of the report year.",
  },
  yearInvalid: {
    vi: "Nhập năm gồm 4 chữ số, từ 2000 đến 2100.",
    en: "Enter a 4-digit year from 2000 to 2100.",
  },

  unitLabel: { vi: "Đơn vị", en: "Unit" },
  unitPlaceholder: { vi: "Gõ tên hoặc mã đơn vị", en: "Type a unit name or code" },
  unitRequired: { vi: "Chọn một đơn vị trong danh sách.", en: "Choose a unit from the list." },
  unitNoMatch: { vi: "Không có đơn vị nào khớp.", en: "No unit matches." },
  groupCommunes: { vi: "Xã/thị trấn", en: "Communes and towns" },
  groupAgencies: { vi: "Cơ quan/đơn vị", en: "Agencies" },

  registryLoading: { vi: "Đang đọc danh sách đơn vị…", en: "Reading the unit list…" },
  registryProblemsTitle: { vi: "Một số dòng bị bỏ qua", en: "Some rows were skipped" },
  registryLoadFailed: { vi: "Không đọc được danh sách đơn vị.", en: "Could not read the unit list." },
  retry: { vi: "Thử lại", en: "Try again" },
  createRegistrySheet: { vi: "Tạo trang danh sách đơn vị", en: "Create the unit list sheet" },
  creatingRegistry: { vi: "Đang tạo trang danh sách đơn vị…", en: "Creating the unit list sheet…" },
  createRegistrySheetFailed: {
    vi: "Không tạo được trang danh sách đơn vị.",
    en: "Could not create the unit list sheet.",
  },

  place: { vi: "Đặt mẫu biểu", en: "Place template" },
  placing: { vi: "Đang đặt mẫu biểu…", en: "Placing the template…" },
  placeFailed: { vi: "Không đặt được mẫu biểu.", en: "Could not place the template." },

  existsNewSheet: { vi: "Đặt thành trang mới", en: "Place as a new sheet" },
  cancel: { vi: "Hủy", en: "Cancel" },

  checkActiveSheet: { vi: "Kiểm tra trang này", en: "Check this sheet" },
  checkAllSheets: { vi: "Kiểm tra mọi trang mẫu biểu", en: "Check every template sheet" },
  markCells: { vi: "Đánh dấu ô có lỗi trên trang", en: "Mark the cells with problems on the sheet" },
  clearMarks: { vi: "Xóa đánh dấu", en: "Clear marks" },
  checking: { vi: "Đang kiểm tra…", en: "Checking…" },
  clearingMarks: { vi: "Đang xóa đánh dấu…", en: "Clearing the marks…" },
  checkFailed: { vi: "Không kiểm tra được.", en: "Could not check." },
  clearMarksFailed: { vi: "Không xóa được đánh dấu.", en: "Could not clear the marks." },
  noFindings: { vi: "Không có lỗi nào", en: "No problems found" },
  findingsLabel: { vi: "Kết quả kiểm tra", en: "Check results" },
  severityError: { vi: "Lỗi", en: "Error" },
  severityWarning: { vi: "Cảnh báo", en: "Warning" },
  sectionGeneral: { vi: "Thông tin chung", en: "General information" },
  sectionWholeSheet: { vi: "Toàn trang", en: "Whole sheet" },
  workbook: { vi: "Sổ tính", en: "Workbook" },

  prepareTitle: { vi: "Chuẩn bị gửi", en: "Prepare to send" },
  prepareHint: {
    vi: "Dành cho đơn vị: kiểm tra trang mẫu biểu đang mở, điền ngày gửi (7.1) và tạo sổ tính riêng DVCQ_<năm>_<mã đơn vị>.xlsx để đính kèm email.",
    en: "For the unit: checks the open template sheet, fills in the date sent (7.1) and makes a separate workbook DVCQ_<year>_<unit code>.xlsx to attach to an email.",
  },
  prepare: { vi: "Chuẩn bị gửi", en: "Prepare to send" },
  preparing: { vi: "Đang chuẩn bị…", en: "Preparing…" },
  prepareFailed: { vi: "Không chuẩn bị được sổ tính để gửi.", en: "Could not prepare the workbook to send." },
  fillToday: { vi: "Điền ngày hôm nay", en: "Fill in today's date" },
  leaveBlank: { vi: "Để trống", en: "Leave blank" },
  fixBeforeSending: {
    vi: "Nên sửa các ô dưới đây rồi chuẩn bị gửi lại.",
    en: "Better fix the cells below, then prepare to send again.",
  },
} satisfies Record<string, Message>;

export function registrySource(source: "sheet" | "builtin", count: number): Message {
  return source === "sheet"
    ? {
        vi: `${count} đơn vị, lấy từ trang ${REGISTRY_SHEET} của sổ tính này.`,
        en: `${count} units, from this workbook's ${REGISTRY_SHEET} sheet.`,
      }
    : {
        vi: `${count} đơn vị, theo danh sách có sẵn. Để sửa danh sách, tạo trang ${REGISTRY_SHEET}.`,
        en: `${count} units, from the built-in list. To edit the list, create the ${REGISTRY_SHEET} sheet.`,
      };
}

export function placed(unitName: string, year: number, sheetName: string, indicatorCount: number): Message {
  return {
    vi: `Đã đặt mẫu cho ${unitName}, năm ${year} vào trang ${sheetName}, ${indicatorCount} chỉ tiêu.`,
    en: `Placed the template for ${unitName}, year ${year}, on sheet ${sheetName}, ${indicatorCount} indicators.`,
  };
}

export function existsTitle(sheetName: string): Message {
  return { vi: `Trang ${sheetName} đã có`, en: `Sheet ${sheetName} already exists` };
}

export function existsBody(unitName: string, year: number, typedCells: number): Message {
  return typedCells === 0
    ? {
        vi: `Sổ tính đã có mẫu của ${unitName} năm ${year}, chưa nhập số liệu nào.`,
        en: `The workbook already has the ${year} template of ${unitName}, with no figures typed yet.`,
      }
    : {
        vi: `Sổ tính đã có mẫu của ${unitName} năm ${year}, với ${typedCells} số liệu đã nhập.`,
        en: `The workbook already has the ${year} template of ${unitName}, with ${typedCells} figures typed.`,
      };
}

export function existsReplace(typedCells: number): Message {
  return typedCells === 0
    ? { vi: "Thay thế", en: "Replace" }
    : {
        vi: `Thay thế (xóa ${typedCells} số liệu đã nhập)`,
        en: `Replace (delete ${typedCells} typed figures)`,
      };
}

export function noUnitsInPeriod(year: number, from: string, to: string): Message {
  return {
    vi: `Danh sách đơn vị không có đơn vị nào hoạt động trong kỳ báo cáo năm ${year} (${from} – ${to}). Chọn năm khác hoặc cập nhật trang danh sách đơn vị ${REGISTRY_SHEET}.`,
    en: `The unit list has no unit active in the ${year} report period (${from} – ${to}). Choose another year or update the unit list sheet ${REGISTRY_SHEET}.`,
  };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "2 lỗi, 1 cảnh báo"; a zero part is left out. */
export function findingCounts(errors: number, warnings: number): Message {
  const vi = [errors > 0 ? `${errors} lỗi` : "", warnings > 0 ? `${warnings} cảnh báo` : ""];
  const english = [
    errors > 0 ? plural(errors, "error", "errors") : "",
    warnings > 0 ? plural(warnings, "warning", "warnings") : "",
  ];
  return { vi: vi.filter((p) => p).join(", "), en: english.filter((p) => p).join(", ") };
}

export function checkSummary(errors: number, warnings: number, sheets: number, marked: number): Message {
  const markedVi = marked > 0 ? ` Đã đánh dấu ${marked} ô.` : "";
  const markedEn = marked > 0 ? ` Marked ${plural(marked, "cell", "cells")}.` : "";
  return {
    vi: `${errors} lỗi, ${warnings} cảnh báo trên ${sheets} trang.${markedVi}`,
    en: `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")} on ${plural(sheets, "sheet", "sheets")}.${markedEn}`,
  };
}

export function checkedSheets(sheets: number): Message {
  return { vi: `Đã kiểm tra ${sheets} trang.`, en: `Checked ${plural(sheets, "sheet", "sheets")}.` };
}

export function unitHeading(name: string, code: string | null, year: number | null): Message {
  const withCode = code === null || code === name ? name : `${name} (${code})`;
  return year === null
    ? { vi: withCode, en: withCode }
    : { vi: `${withCode}, năm ${year}`, en: `${withCode}, year ${year}` };
}

export function sheetCaption(sheet: string): Message {
  return { vi: `Trang ${sheet}`, en: `Sheet ${sheet}` };
}

export function sectionFallback(id: string): Message {
  return { vi: `Mục ${id}`, en: `Section ${id}` };
}

export function selectCellFailed(sheet: string, cell: string): Message {
  return {
    vi: `Không chọn được ô ${cell} trên trang ${sheet}.`,
    en: `Could not select cell ${cell} on sheet ${sheet}.`,
  };
}

export function sendDateTitle(sheet: string): Message {
  return { vi: `Ngày gửi báo cáo, trang ${sheet}`, en: `Date sent, sheet ${sheet}` };
}

export function sendDateBody(today: string): Message {
  return {
    vi: `Ô 7.1 Ngày gửi báo cáo đang trống. Điền ngày hôm nay (${today})?`,
    en: `Cell 7.1 Date the report was sent is blank. Fill in today's date (${today})?`,
  };
}

export function prepared(fileName: string, delivery: "newWorkbook" | "download"): Message {
  return delivery === "newWorkbook"
    ? {
        vi: `Đã mở sổ mới ${fileName}: hãy lưu với tên này và đính kèm email`,
        en: `Opened a new workbook ${fileName}: save it under this name and attach it to an email`,
      }
    : {
        vi: `Đã tải xuống ${fileName}: đính kèm tệp này vào email`,
        en: `Downloaded ${fileName}: attach this file to an email`,
      };
}

export function stillHasErrors(errors: number): Message {
  return {
    vi: `Báo cáo vẫn còn ${errors} lỗi`,
    en: `The report still has ${plural(errors, "error", "errors")}`,
  };
}

export function rollupButton(year: number | null): Message {
  return year === null
    ? { vi: "Tổng hợp báo cáo", en: "Roll up the reports" }
    : { vi: `Tổng hợp báo cáo năm ${year}`, en: `Roll up the ${year} reports` };
}

/** "Đã nhận 28/30 đơn vị, 26 đúng hạn; chưa gửi: …; trễ hạn: …; 5 lỗi, 7 cảnh báo" */
export function rollupResult(
  r: Pick<RolledUp, "expected" | "received" | "onTime" | "missing" | "late" | "findings">,
): Message {
  const list = (names: readonly string[], none: string): string => (names.length ? names.join(", ") : none);
  return {
    vi: `Đã nhận ${r.received}/${r.expected} đơn vị, ${r.onTime} đúng hạn; chưa gửi: ${list(r.missing, "không có")}; trễ hạn: ${list(r.late, "không có")}; ${r.findings.error} lỗi, ${r.findings.warning} cảnh báo`,
    en: `Received ${r.received}/${r.expected} units, ${r.onTime} on time; missing: ${list(r.missing, "none")}; late: ${list(r.late, "none")}; ${plural(r.findings.error, "error", "errors")}, ${plural(r.findings.warning, "warning", "warnings")}`,
  };
}

export function rollupSheets(sheets: readonly string[]): Message {
  return { vi: `Đã ghi các trang: ${sheets.join(", ")}.`, en: `Sheets written: ${sheets.join(", ")}.` };
}

/**
 * Commands that work as shown for the report year: with the built-in list when it has units in
 * the year, else through an example unit list to edit first.
 */
export function cliExample(year: number, builtinHasUnits: boolean): string {
  return builtinHasUnits
    ? `npx dvcq template --year ${year} --unit XA-XUAN-HOA --out XA-XUAN-HOA_${year}.xlsx\nnpx dvcq template --year ${year} --all --out mau-bieu`
    : `npx dvcq registry --example --out don-vi.csv\nnpx dvcq template --year ${year} --all --units don-vi.csv --out mau-bieu`;
}

/** The page, which knows only the built-in list, for a year that list has no unit in. */
export function noBuiltinUnitsInPeriod(year: number, from: string, to: string, ended: string): Message {
  return {
    vi: `Danh sách đơn vị có sẵn hết hiệu lực ngày ${ended}, nên không có đơn vị nào trong kỳ báo cáo năm ${year} (${from} – ${to}). Với danh sách đơn vị của mình: trong Excel, trang ${REGISTRY_SHEET} của bổ trợ DVCQ; trên dòng lệnh, npx dvcq registry --example --out don-vi.csv rồi --units don-vi.csv.`,
    en: `The built-in unit list ended on ${ended}, so it has no unit in the ${year} report period (${from} – ${to}). With your own unit list: in Excel, the DVCQ add-in's ${REGISTRY_SHEET} sheet; on the command line, npx dvcq registry --example --out don-vi.csv, then --units don-vi.csv.`,
  };
}

/** The offer, for a year the built-in list has no unit in, of a draft registry sheet. */
export function createRegistryDraft(year: number): Message {
  return {
    vi: `Tạo trang danh sách đơn vị năm ${year} (từ danh sách cuối cùng, ngày để trống để ghi)`,
    en: `Create the ${year} unit list sheet (from the last list, its dates left to fill)`,
  };
}

/** The text of a thrown error, for showing under a sentence of ours. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A sentence of the pane's tables, in the pane's language. */
export function t(message: Message, lang: Lang): string {
  return message[lang];
}
