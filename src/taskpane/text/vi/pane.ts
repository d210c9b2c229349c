import { REGISTRY_SHEET } from "../../../domain/units/registry";
import type { RolledUp } from "../../strings";

/** The task pane's sentences in Vietnamese, the product's own language. */
export const vi = {
  appTitle: "DVCQ",
  appSubtitle: "Mẫu biểu, kiểm tra và tổng hợp báo cáo năm theo Chỉ thị 03/CT-UBND",
  tabsLabel: "Chức năng",
  tabTemplates: "Mẫu biểu",
  tabChecks: "Kiểm tra",
  tabRollup: "Tổng hợp",
  loadingTab: "Đang tải…",
  rollupHeading: "Tổng hợp báo cáo",
  rollupHint:
    "Tổng hợp mọi trang mẫu biểu của năm trong sổ này; các trang tổng hợp cũ được ghi lại, các trang khác giữ nguyên.",
  rollupRunning: "Đang tổng hợp…",
  rollupFailed: "Chưa tổng hợp được",
  rollupPivotTable: "Trang Pivot có PivotTable trên các chỉ tiêu đếm và biểu đồ.",
  rollupSummaryTable: "Excel này chưa tạo được PivotTable: xem bảng tính sẵn ở trang “Tổng hợp theo mục”.",
  noExcelTitle: "DVCQ cần chạy trong Excel",
  noExcelBody:
    "Trang này không được mở trong Excel nên không thể đặt mẫu biểu vào sổ tính. Hãy mở DVCQ từ Excel, hoặc dùng trang DVCQ không cần Excel: mở các tệp báo cáo, kiểm tra, tổng hợp và tải báo cáo tổng hợp ngay trong trình duyệt.",
  openStandalone: "Mở trang DVCQ không cần Excel",
  noExcelCli: "Hoặc tạo tệp mẫu biểu .xlsx bằng dòng lệnh:",
  switchLanguage: "English",
  switchLanguageLabel: "Switch to English",
  yearLabel: "Năm báo cáo",
  yearHint: "Kỳ báo cáo từ 01/10 năm trước đến 30/09 năm báo cáo.",
  yearInvalid: "Nhập năm gồm 4 chữ số, từ 2000 đến 2100.",
  unitLabel: "Đơn vị",
  unitPlaceholder: "Gõ tên hoặc mã đơn vị",
  unitRequired: "Chọn một đơn vị trong danh sách.",
  unitNoMatch: "Không có đơn vị nào khớp.",
  registryLoading: "Đang đọc danh sách đơn vị…",
  registryProblemsTitle: "Một số dòng bị bỏ qua",
  registryLoadFailed: "Không đọc được danh sách đơn vị.",
  retry: "Thử lại",
  createRegistrySheet: "Tạo trang danh sách đơn vị",
  creatingRegistry: "Đang tạo trang danh sách đơn vị…",
  createRegistrySheetFailed: "Không tạo được trang danh sách đơn vị.",
  place: "Đặt mẫu biểu",
  placing: "Đang đặt mẫu biểu…",
  placeFailed: "Không đặt được mẫu biểu.",
  existsNewSheet: "Đặt thành trang mới",
  cancel: "Hủy",
  checkActiveSheet: "Kiểm tra trang này",
  checkAllSheets: "Kiểm tra mọi trang mẫu biểu",
  markCells: "Đánh dấu ô có lỗi trên trang",
  clearMarks: "Xóa đánh dấu",
  checking: "Đang kiểm tra…",
  clearingMarks: "Đang xóa đánh dấu…",
  checkFailed: "Không kiểm tra được.",
  clearMarksFailed: "Không xóa được đánh dấu.",
  noFindings: "Không có lỗi nào",
  findingsLabel: "Kết quả kiểm tra",
  severityError: "Lỗi",
  severityWarning: "Cảnh báo",
  sectionGeneral: "Thông tin chung",
  sectionWholeSheet: "Toàn trang",
  workbook: "Sổ tính",
  prepareTitle: "Chuẩn bị gửi",
  prepareHint:
    "Dành cho đơn vị: kiểm tra trang mẫu biểu đang mở, điền ngày gửi (7.1) và tạo sổ tính riêng DVCQ_<năm>_<mã đơn vị>.xlsx để đính kèm email.",
  prepare: "Chuẩn bị gửi",
  preparing: "Đang chuẩn bị…",
  prepareFailed: "Không chuẩn bị được sổ tính để gửi.",
  fillToday: "Điền ngày hôm nay",
  leaveBlank: "Để trống",
  fixBeforeSending: "Nên sửa các ô dưới đây rồi chuẩn bị gửi lại.",
  registrySource(source: "sheet" | "builtin", count: number): string {
    return source === "sheet"
      ? `${count} đơn vị, lấy từ trang ${REGISTRY_SHEET} của sổ tính này.`
      : `${count} đơn vị, theo danh sách có sẵn. Để sửa danh sách, tạo trang ${REGISTRY_SHEET}.`;
  },
  placed(unitName: string, year: number, sheetName: string, indicatorCount: number): string {
    return `Đã đặt mẫu cho ${unitName}, năm ${year} vào trang ${sheetName}, ${indicatorCount} chỉ tiêu.`;
  },
  existsTitle(sheetName: string): string {
    return `Trang ${sheetName} đã có`;
  },
  existsBody(unitName: string, year: number, typedCells: number): string {
    return typedCells === 0
      ? `Sổ tính đã có mẫu của ${unitName} năm ${year}, chưa nhập số liệu nào.`
      : `Sổ tính đã có mẫu của ${unitName} năm ${year}, với ${typedCells} số liệu đã nhập.`;
  },
  existsReplace(typedCells: number): string {
    return typedCells === 0 ? "Thay thế" : `Thay thế (xóa ${typedCells} số liệu đã nhập)`;
  },
  noUnitsInPeriod(year: number, from: string, to: string): string {
    return `Danh sách đơn vị không có đơn vị nào hoạt động trong kỳ báo cáo năm ${year} (${from} – ${to}). Chọn năm khác hoặc cập nhật trang danh sách đơn vị ${REGISTRY_SHEET}.`;
  },
  checkedSheets(sheets: number): string {
    return `Đã kiểm tra ${sheets} trang.`;
  },
  unitHeading(name: string, code: string | null, year: number | null): string {
    const withCode = code === null || code === name ? name : `${name} (${code})`;
    return year === null ? withCode : `${withCode}, năm ${year}`;
  },
  sheetCaption(sheet: string): string {
    return `Trang ${sheet}`;
  },
  sectionFallback(id: string): string {
    return `Mục ${id}`;
  },
  selectCellFailed(sheet: string, cell: string): string {
    return `Không chọn được ô ${cell} trên trang ${sheet}.`;
  },
  sendDateTitle(sheet: string): string {
    return `Ngày gửi báo cáo, trang ${sheet}`;
  },
  sendDateBody(today: string): string {
    return `Ô 7.1 Ngày gửi báo cáo đang trống. Điền ngày hôm nay (${today})?`;
  },
  prepared(fileName: string, delivery: "newWorkbook" | "download"): string {
    return delivery === "newWorkbook"
      ? `Đã mở sổ mới ${fileName}: hãy lưu với tên này và đính kèm email`
      : `Đã tải xuống ${fileName}: đính kèm tệp này vào email`;
  },
  stillHasErrors(errors: number): string {
    return `Báo cáo vẫn còn ${errors} lỗi`;
  },
  rollupButton(year: number | null): string {
    return year === null ? "Tổng hợp báo cáo" : `Tổng hợp báo cáo năm ${year}`;
  },
  rollupResult(
    r: Pick<RolledUp, "expected" | "received" | "onTime" | "missing" | "late" | "findings">,
  ): string {
    const list = (names: readonly string[], none: string): string => (names.length ? names.join(", ") : none);
    return `Đã nhận ${r.received}/${r.expected} đơn vị, ${r.onTime} đúng hạn; chưa gửi: ${list(r.missing, "không có")}; trễ hạn: ${list(r.late, "không có")}; ${r.findings.error} lỗi, ${r.findings.warning} cảnh báo`;
  },
  rollupSheets(sheets: readonly string[]): string {
    return `Đã ghi các trang: ${sheets.join(", ")}.`;
  },
  rollupFindingsSheet(sheet: string): string {
    return `Từng lỗi, cảnh báo theo đơn vị, tệp và ô: trang “${sheet}” (lọc theo đơn vị hoặc mã lỗi).`;
  },
  noBuiltinUnitsInPeriod(year: number, from: string, to: string, ended: string): string {
    return `Danh sách đơn vị có sẵn hết hiệu lực ngày ${ended}, nên không có đơn vị nào trong kỳ báo cáo năm ${year} (${from} – ${to}). Với danh sách đơn vị của mình: trong Excel, trang ${REGISTRY_SHEET} của bổ trợ DVCQ; trên dòng lệnh, npx dvcq registry --example --out don-vi.csv rồi --units don-vi.csv.`;
  },
  createRegistryDraft(year: number): string {
    return `Tạo trang danh sách đơn vị năm ${year} (từ danh sách cuối cùng, ngày để trống để ghi)`;
  },
  findingCounts(errors: number, warnings: number): string {
    return [errors > 0 ? `${errors} lỗi` : "", warnings > 0 ? `${warnings} cảnh báo` : ""]
      .filter((p) => p)
      .join(", ");
  },
  checkSummary(errors: number, warnings: number, sheets: number, marked: number): string {
    return `${errors} lỗi, ${warnings} cảnh báo trên ${sheets} trang.${marked > 0 ? ` Đã đánh dấu ${marked} ô.` : ""}`;
  },
};

export type PaneText = typeof vi;
