import type { Lang, Message } from "../domain/i18n/lang";
import { REGISTRY_SHEET } from "../excel/registrySheet";

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

  notYetTitle: { vi: "Chưa có trong phiên bản này", en: "Not in this version yet" },
  checksWillDo: {
    vi: "Sẽ kiểm tra trang mẫu biểu đã điền theo các quy tắc của mẫu (tổng khớp chi tiết, tỷ lệ hợp lệ, ô bắt buộc) và chỉ ra từng ô cần sửa.",
    en: "Will check a filled template against its rules (totals match their parts, valid rates, required cells) and point to each cell to fix.",
  },
  rollupWillDo: {
    vi: "Sẽ nhập các sổ tính đơn vị gửi về, tổng hợp thành báo cáo của huyện và cho biết đơn vị nào chưa nộp hoặc nộp muộn.",
    en: "Will import the workbooks units send in, roll them up into the district report and show which units are missing or late.",
  },

  noExcelTitle: { vi: "DVCQ cần chạy trong Excel", en: "DVCQ needs Excel" },
  noExcelBody: {
    vi: "Trang này không được mở trong Excel nên không thể đặt mẫu biểu vào sổ tính. Hãy mở DVCQ từ Excel. Không có Excel, bạn vẫn tạo được tệp mẫu biểu .xlsx bằng dòng lệnh:",
    en: "This page is not open in Excel, so it cannot place templates in a workbook. Open DVCQ from Excel. Without Excel you can still make .xlsx template files on the command line:",
  },

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

export function cliExample(year: number): string {
  return `npx dvcq template --year ${year} --unit XA-XUAN-HOA --out XA-XUAN-HOA_${year}.xlsx\nnpx dvcq template --year ${year} --all --out mau-bieu`;
}

/** The text of a thrown error, for showing under a sentence of ours. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function t(message: Message, lang: Lang): string {
  return message[lang];
}
