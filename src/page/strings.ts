import type { Message } from "../domain/i18n/lang";
import type { UnusedReason } from "../domain/rollup/unusedFiles";

/** Every sentence the standalone page adds to the pane's, in Vietnamese and English. */
export const P = {
  title: { vi: "DVCQ — không cần Excel", en: "DVCQ — without Excel" },
  subtitle: {
    vi: "Kiểm tra và tổng hợp báo cáo năm theo Chỉ thị 03/CT-UBND ngay trong trình duyệt. Tệp không rời khỏi máy này.",
    en: "Check and roll up the yearly Directive 03/CT-UBND reports in the browser. Files never leave this computer.",
  },
  filesHeading: { vi: "Tệp báo cáo", en: "Report files" },
  pick: { vi: "Mở tệp báo cáo (.xlsx)", en: "Open report files (.xlsx)" },
  drop: { vi: "hoặc kéo thả các tệp .xlsx vào đây", en: "or drop the .xlsx files here" },
  sample: { vi: "Dùng bộ dữ liệu mẫu", en: "Use the sample inbox" },
  makingSample: { vi: "Đang tạo bộ dữ liệu mẫu…", en: "Making the sample inbox…" },
  stop: { vi: "Dừng", en: "Stop" },
  stopping: { vi: "Sẽ dừng sau tệp đang đọc…", en: "Stopping after the current file…" },
  clear: { vi: "Bỏ mọi tệp", en: "Remove all files" },
  filesLabel: { vi: "Các tệp đã mở", en: "Files opened" },
  colFile: { vi: "Tệp", en: "File" },
  colUnit: { vi: "Đơn vị", en: "Unit" },
  colYear: { vi: "Năm", en: "Year" },
  colErrors: { vi: "Lỗi", en: "Errors" },
  colWarnings: { vi: "Cảnh báo", en: "Warnings" },
  colStatus: { vi: "Tình trạng", en: "Status" },
  show: { vi: "Xem", en: "View" },
  readable: { vi: "Đọc được", en: "Read" },
  noTemplate: { vi: "Không có trang mẫu biểu", en: "No template sheet" },
  findingsHeading: { vi: "Kết quả kiểm tra", en: "Check results" },
  sheetHeading: { vi: "Trang mẫu biểu (chỉ xem)", en: "Template sheet (read-only)" },
  sheetLegend: {
    vi: "Ô tô đỏ có lỗi, ô tô vàng có cảnh báo. Chọn một kết quả kiểm tra để đến ô đó.",
    en: "Red cells have errors, amber cells warnings. Choose a check result to go to its cell.",
  },
  rollupHeading: { vi: "Tổng hợp", en: "Roll-up" },
  rollupHint: {
    vi: "Tổng hợp mọi tệp đọc được của năm; tệp không dùng được được nêu tên cùng lý do.",
    en: "Rolls up every readable file of the year; files that cannot be used are named with the reason.",
  },
  rolling: { vi: "Đang tổng hợp…", en: "Rolling up…" },
  downloadReport: {
    vi: "Tải báo cáo tổng hợp (.xlsx)",
    en: "Download the district report (.xlsx)",
  },
  downloadCsv: { vi: "Tải dữ liệu chi tiết (CSV)", en: "Download the facts (CSV)" },
  preparingDownload: { vi: "Đang tạo tệp…", en: "Making the file…" },
  completenessLabel: { vi: "Tình hình nộp báo cáo", en: "Reports received" },
  onTime: { vi: "Đúng hạn", en: "On time" },
  late: { vi: "Trễ hạn", en: "Late" },
  noDate: { vi: "Đã nhận, chưa ghi ngày gửi", en: "Received, no sending date" },
  unusable: { vi: "Nhận được nhưng không đọc/dùng được", en: "Received but unusable" },
  missing: { vi: "Chưa gửi", en: "Not sent" },
  unusedHeading: { vi: "Tệp không dùng được trong tổng hợp", en: "Files the roll-up could not use" },
  templateHeading: { vi: "Tạo mẫu biểu cho đơn vị", en: "Make a template for a unit" },
  downloadTemplate: { vi: "Tải mẫu biểu (.xlsx)", en: "Download the template (.xlsx)" },
  failed: { vi: "Có lỗi không lường trước", en: "Something unexpected went wrong" },
  notYet: {
    vi: "Chưa có trên trang này: đặt mẫu biểu vào một sổ tính đang mở và “Chuẩn bị gửi” — hai việc đó cần Excel.",
    en: "Not on this page yet: placing a template into an open workbook and “Prepare to send” — both need Excel.",
  },
} satisfies Record<string, Message>;

export function reading(done: number, total: number, file: string): Message {
  return { vi: `Đang đọc ${done + 1}/${total}: ${file}`, en: `Reading ${done + 1}/${total}: ${file}` };
}

export function opened(read: number, total: number): Message {
  return read === total
    ? { vi: `Đã mở ${total} tệp.`, en: `Opened ${total} files.` }
    : { vi: `Đã mở ${read}/${total} tệp (đã dừng).`, en: `Opened ${read} of ${total} files (stopped).` };
}

export function rollupButton(year: number | null): Message {
  return year === null
    ? { vi: "Tổng hợp", en: "Roll up" }
    : { vi: `Tổng hợp năm ${year}`, en: `Roll up ${year}` };
}

export function rollupLine(u: { expected: number; received: number; onTime: number }, year: number): Message {
  return {
    vi: `Năm ${year}: nhận ${u.received}/${u.expected} đơn vị, ${u.onTime} đúng hạn.`,
    en: `${year}: ${u.received} of ${u.expected} units received, ${u.onTime} on time.`,
  };
}

export function notUsed(reason: UnusedReason): Message {
  return { vi: `Không dùng (${reason})`, en: `Not used (${reason})` };
}

export function completenessText(
  parts: readonly { label: Message; count: number }[],
  total: number,
): Message {
  const list = (lang: "vi" | "en") => parts.map((p) => `${p.label[lang]}: ${p.count}`).join("; ");
  return {
    vi: `${total} đơn vị phải báo cáo — ${list("vi")}`,
    en: `${total} units due to report — ${list("en")}`,
  };
}
