import type { Message } from "../../../domain/i18n/lang";

const STILL_READ =
  "Số liệu của các trang mẫu biểu vẫn được đọc. Nếu đây là trang mẫu biểu, hãy đặt tên trang theo dạng “<mã đơn vị> <năm>” (ví dụ “XA-XUAN-HOA 2024”).";

/**
 * The clerk's sentences for a file past one of the reader's limits, in Vietnamese: `figure` the file's, `value` the
 * limit's (each shown in every language), `advice` one of the sentences of what to do that end this table.
 */
export const vi = {
  byteUnit: "byte",
  secondUnit: "giây",
  moreThan(value: Message): string {
    return `hơn ${value.vi}`;
  },
  fileBytes(figure: Message, value: Message, advice: Message): string {
    return `Tệp nặng ${figure.vi}, vượt giới hạn ${value.vi} của DVCQ. ${advice.vi}`;
  },
  parts(figure: Message, value: Message, advice: Message): string {
    return `Tệp gồm ${figure.vi} phần nén, vượt giới hạn ${value.vi}. ${advice.vi}`;
  },
  sheets(figure: Message, value: Message, advice: Message): string {
    return `Sổ có ${figure.vi} trang tính, vượt giới hạn ${value.vi}. ${advice.vi}`;
  },
  sheetBytes(sheet: string, figure: Message, value: Message, advice: Message): string {
    return `Trang tính “${sheet}” khi giải nén lớn ${figure.vi}, vượt giới hạn ${value.vi} cho một trang mẫu biểu. ${advice.vi}`;
  },
  partBytes(part: string, figure: Message, value: Message, advice: Message): string {
    return `Phần ${part} của tệp khi giải nén lớn ${figure.vi}, vượt giới hạn ${value.vi} cho một phần. ${advice.vi}`;
  },
  packageBytes(figure: Message, value: Message, advice: Message): string {
    return `Các phần cần đọc của tệp khi giải nén lớn ${figure.vi}, vượt giới hạn ${value.vi} cho cả tệp. ${advice.vi}`;
  },
  cellsPerSheet(sheet: string, figure: Message, value: Message, advice: Message): string {
    return `Trang tính “${sheet}” có ${figure.vi} ô, vượt giới hạn ${value.vi} ô cho một trang mẫu biểu. ${advice.vi}`;
  },
  elementBytes(part: string, figure: Message, value: Message, advice: Message): string {
    return `Phần ${part} của tệp có một thẻ hoặc đoạn chữ dài ${figure.vi}, vượt giới hạn ${value.vi}. ${advice.vi}`;
  },
  xmlDepth(part: string, figure: Message, value: Message, advice: Message): string {
    return `Phần ${part} của tệp lồng ${figure.vi} cấp, vượt giới hạn ${value.vi}. ${advice.vi}`;
  },
  cells(figure: Message, value: Message, advice: Message): string {
    return `Các trang tính của sổ có ${figure.vi} ô có dữ liệu, vượt giới hạn ${value.vi} ô cho một tệp. ${advice.vi}`;
  },
  milliseconds(figure: Message, value: Message, advice: Message): string {
    return `Đọc tệp mất ${figure.vi}, vượt giới hạn ${value.vi} cho một tệp. ${advice.vi}`;
  },
  trimSheets:
    "Hãy xóa hoặc chuyển sang sổ khác các trang tính không thuộc mẫu biểu (phụ lục, dữ liệu thô), lưu lại rồi gửi lại.",
  trimRows:
    "Hãy xóa các hàng, cột thừa ngoài mẫu biểu hoặc chuyển chúng sang trang tính khác, lưu lại rồi gửi lại.",
  resave: "Tệp có cấu trúc bất thường; hãy đề nghị đơn vị mở bằng Excel, lưu lại rồi gửi lại.",
  /** A sheet left unread once the sheets read though not templates reached `value` together. */
  skippedPastTotal(sheet: string, value: Message): string {
    return `Trang tính “${sheet}” không được đọc: DVCQ đã đọc ${value.vi} các trang không phải mẫu biểu của tệp này, và chỉ đọc đến đó. ${STILL_READ}`;
  },
  skippedCells(sheet: string, value: Message): string {
    return `Trang tính “${sheet}” không được đọc: có hơn ${value.vi} ô, mà DVCQ chỉ đọc trang không phải mẫu biểu đến ${value.vi} ô. ${STILL_READ}`;
  },
  skippedBytes(sheet: string, figure: Message, value: Message): string {
    return `Trang tính “${sheet}” không được đọc: khi giải nén lớn ${figure.vi}, mà DVCQ chỉ đọc trang không phải mẫu biểu đến ${value.vi}. ${STILL_READ}`;
  },
};

export type LimitText = typeof vi;
