import type { Lang } from "../domain/i18n/lang";

/** Every sentence the command line prints, in both languages. */
export const CLI_TEXT = {
  usage: {
    vi: `DVCQ — mẫu biểu, kiểm tra và tổng hợp báo cáo Chỉ thị 03/CT-UBND

Cách dùng:
  dvcq template --year 2024 --unit XA-XUAN-HOA --out TỆP.xlsx
  dvcq template --year 2024 --all --out THƯ_MỤC        (mỗi đơn vị một tệp)
  dvcq check TỆP... [--year 2024] [--json]
  dvcq rollup TỆP... --year 2024 --out BÁO_CÁO.xlsx [--json TÓM_TẮT.json]
  dvcq demo [--out THƯ_MỤC]
Tùy chọn chung: --units DANH_SÁCH.csv  --catalogue MẪU.json  --lang vi|en`,
    en: `DVCQ — templates, checks and roll-up of the Directive 03/CT-UBND report

Usage:
  dvcq template --year 2024 --unit XA-XUAN-HOA --out FILE.xlsx
  dvcq template --year 2024 --all --out DIR           (one file per unit)
  dvcq check FILE... [--year 2024] [--json]
  dvcq rollup FILE... --year 2024 --out REPORT.xlsx [--json SUMMARY.json]
  dvcq demo [--out DIR]
Common options: --units REGISTRY.csv  --catalogue CATALOGUE.json  --lang vi|en`,
  },
  unknownCommand: { vi: "Không có lệnh “{0}”.", en: "There is no command “{0}”." },
  unknownOption: { vi: "Tùy chọn “{0}” không dùng được ở đây.", en: "Option “{0}” is not known here." },
  missingValue: { vi: "Tùy chọn {0} cần một giá trị.", en: "Option {0} needs a value." },
  badYear: {
    vi: "Năm báo cáo “{0}” không hợp lệ: cần một năm từ 2000 đến 2100, ví dụ --year 2024.",
    en: "Report year “{0}” is not valid: give a year from 2000 to 2100, e.g. --year 2024.",
  },
  needYear: { vi: "Cần năm báo cáo: --year 2024.", en: "The report year is needed: --year 2024." },
  needOut: { vi: "Cần nơi ghi kết quả: --out.", en: "Where to write is needed: --out." },
  unitOrAll: {
    vi: "Cần đúng một trong hai: --unit MÃ_ĐƠN_VỊ hoặc --all.",
    en: "Give exactly one of --unit CODE or --all.",
  },
  unknownUnit: {
    vi: "Không có đơn vị mã “{0}” trong danh sách đơn vị.",
    en: "There is no unit with code “{0}” in the unit list.",
  },
  didYouMean: { vi: "Có phải là {0}?", en: "Did you mean {0}?" },
  unitNotValid: {
    vi: "Đơn vị {0} không còn hoạt động trong kỳ báo cáo năm {1} (theo danh sách đơn vị).",
    en: "Unit {0} is not active in the {1} report period (per the unit list).",
  },
  noUnitsInYear: {
    vi: "Danh sách đơn vị không có đơn vị nào hoạt động trong kỳ báo cáo năm {0}.",
    en: "The unit list has no unit active in the {0} report period.",
  },
  cannotRead: { vi: "Không đọc được tệp {0}: {1}", en: "Cannot read {0}: {1}" },
  cannotWrite: { vi: "Không ghi được vào {0}: {1}", en: "Cannot write to {0}: {1}" },
  registryProblem: { vi: "Danh sách đơn vị {0}: {1}", en: "Unit list {0}: {1}" },
  catalogueProblem: { vi: "Tệp mẫu biểu {0} không dùng được: {1}", en: "Catalogue {0} cannot be used: {1}" },
  wroteTemplate: {
    vi: "Đã ghi mẫu biểu {0} ({1}, {2} chỉ tiêu): {3}",
    en: "Wrote the {0} template ({1}, {2} indicators): {3}",
  },
  wroteTemplates: {
    vi: "Đã ghi {0} mẫu biểu năm {1} vào {2} ({3} xã, thị trấn; {4} cơ quan, đơn vị).",
    en: "Wrote {0} templates for {1} into {2} ({3} communes/township; {4} agencies).",
  },
  needFiles: { vi: "Cần ít nhất một tệp .xlsx để kiểm tra.", en: "Give at least one .xlsx file to check." },
  wroteRollup: {
    vi: "Đã ghi báo cáo tổng hợp năm {0}: {1}. Đã nhận {2}/{3} đơn vị, {4} đúng hạn. Chưa gửi: {5}. Trễ hạn: {6}. Kiểm tra: {7} lỗi, {8} cảnh báo.",
    en: "Wrote the {0} district report: {1}. Received {2}/{3} units, {4} on time. Not sent: {5}. Late: {6}. Checks: {7} errors, {8} warnings.",
  },
  demoStart: {
    vi: "Demo DVCQ: báo cáo năm {0} của các đơn vị huyện Xuân Lộc.",
    en: "DVCQ demo: the {0} reports of the units of Xuân Lộc district.",
  },
  demoInbox: {
    vi: "Đã ghi hộp thư mẫu: {0} tệp báo cáo các đơn vị gửi về, trong {1} (chưa gửi: {2}). Kiểm tra từng tệp:",
    en: "Wrote the demo inbox: {0} reports as the units emailed them, in {1} (not sent: {2}). Checking each file:",
  },
  demoNext: {
    vi: "Kết quả kiểm tra dạng JSON: {0}. Mở một mẫu biểu trong Excel hoặc LibreOffice: ô nhập liệu có kiểm tra dữ liệu, ô sai chuyển màu đỏ.",
    en: "The findings as JSON: {0}. Open a template in Excel or LibreOffice: typed cells are validated and wrong figures turn red.",
  },
} as const;

export type CliTextKey = keyof typeof CLI_TEXT;

export function say(lang: Lang, key: CliTextKey, ...args: (string | number)[]): string {
  return CLI_TEXT[key][lang].replace(/\{(\d)\}/g, (_m, i: string) => String(args[Number(i)] ?? ""));
}
