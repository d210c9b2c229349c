import type { Message } from "../../../domain/i18n/lang";
import type { UnusedReason } from "../../../domain/rollup/unusedFiles";

/** File names in a sentence: the first five, then how many more. */
function listed(names: readonly string[]): string {
  return names.length <= 5
    ? names.join(", ")
    : `${names.slice(0, 5).join(", ")} và ${names.length - 5} tệp khác`;
}

/** The standalone page's own (beside the pane's) sentences in Vietnamese, the product's own language. */
export const vi = {
  title: "DVCQ — không cần Excel",
  subtitle:
    "Kiểm tra và tổng hợp báo cáo năm theo Chỉ thị 03/CT-UBND ngay trong trình duyệt. Tệp không rời khỏi máy này.",
  filesHeading: "Tệp báo cáo",
  pick: "Mở tệp báo cáo (.xlsx)",
  drop: "hoặc kéo thả các tệp .xlsx vào đây",
  sample: "Dùng bộ dữ liệu mẫu",
  makingSample: "Đang tạo bộ dữ liệu mẫu…",
  stop: "Dừng",
  stopping: "Sẽ dừng sau tệp đang đọc…",
  clear: "Bỏ mọi tệp",
  filesLabel: "Các tệp đã mở",
  colFile: "Tệp",
  colUnit: "Đơn vị",
  colYear: "Năm",
  colErrors: "Lỗi",
  colWarnings: "Cảnh báo",
  colStatus: "Tình trạng",
  show: "Xem",
  readable: "Đọc được",
  noTemplate: "Không có trang mẫu biểu",
  findingsHeading: "Kết quả kiểm tra",
  sheetHeading: "Trang mẫu biểu (chỉ xem)",
  sheetClipped(rows: number, lastColumn: string): string {
    return `Chỉ hiện đến hàng ${rows} và cột ${lastColumn}; các ô xa hơn có trong tệp nhưng không hiện ở đây.`;
  },
  sheetLegend: "Ô tô đỏ có lỗi, ô tô vàng có cảnh báo. Chọn một kết quả kiểm tra để đến ô đó.",
  rollupHeading: "Tổng hợp",
  rollupHint: "Tổng hợp mọi tệp đọc được của năm; tệp không dùng được được nêu tên cùng lý do.",
  rolling: "Đang tổng hợp…",
  downloadReport: "Tải báo cáo tổng hợp (.xlsx)",
  downloadCsv: "Tải dữ liệu chi tiết (CSV)",
  preparingDownload: "Đang tạo tệp…",
  completenessLabel: "Tình hình nộp báo cáo",
  onTime: "Đúng hạn",
  late: "Trễ hạn",
  noDate: "Đã nhận, chưa ghi ngày gửi",
  unusable: "Nhận được nhưng không đọc/dùng được",
  missing: "Chưa gửi",
  unusedHeading: "Tệp không dùng được trong tổng hợp",
  templateHeading: "Tạo mẫu biểu cho đơn vị",
  downloadTemplate: "Tải mẫu biểu (.xlsx)",
  failed: "Có lỗi không lường trước",
  notYet:
    "Chưa có trên trang này: đặt mẫu biểu vào một sổ tính đang mở và “Chuẩn bị gửi” — hai việc đó cần Excel.",
  reading(done: number, total: number, file: string): string {
    return `Đang đọc ${done + 1}/${total}: ${file}`;
  },
  opened(read: number, total: number, also: { stopped: boolean; copies: readonly string[] }): string {
    const copies =
      also.copies.length === 0 ? "" : ` Đã có sẵn, giống hệt nên không mở lại: ${listed(also.copies)}.`;
    return (
      (read === total
        ? `Đã mở ${total} tệp.`
        : `Đã mở ${read}/${total} tệp${also.stopped ? " (đã dừng)" : ""}.`) + copies
    );
  },
  notLoaded:
    "Không mở được tệp này (có thể là một thư mục, hoặc tệp đã bị chuyển đi hay xóa). Hãy mở lại chính tệp .xlsx.",
  rollupButton(year: number | null): string {
    return year === null ? "Tổng hợp" : `Tổng hợp năm ${year}`;
  },
  rollupLine(u: { expected: number; received: number; onTime: number }, year: number): string {
    return `Năm ${year}: nhận ${u.received}/${u.expected} đơn vị, ${u.onTime} đúng hạn.`;
  },
  notUsed(reason: UnusedReason): string {
    return `Không dùng (${reason})`;
  },
  completenessText(parts: readonly { label: Message; count: number }[], total: number): string {
    return `${total} đơn vị phải báo cáo — ${parts.map((p) => `${p.label.vi}: ${p.count}`).join("; ")}`;
  },
};

export type PageText = typeof vi;
