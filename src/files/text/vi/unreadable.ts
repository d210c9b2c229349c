import type { PackageUnsafe } from "../../zipPackage";

/** What a package that breaks the rules holds, by its kind. */
const UNSAFE: Readonly<Record<PackageUnsafe["kind"], (part: string) => string>> = {
  duplicate: (part) => `hai phần cùng tên “${part}”`,
  escape: (part) => `tên phần “${part}” trỏ ra ngoài tệp`,
  overlap: () => "các phần nén chồng lên nhau (kiểu “bom zip”)",
  dtd: (part) => `phần ${part} chứa khai báo DTD (<!DOCTYPE>)`,
};

/** Why a file is not read, and what the clerk does about it, in Vietnamese. */
export const vi = {
  empty: "Tệp rỗng (0 byte), có thể tải về chưa xong; hãy tải lại hoặc đề nghị đơn vị gửi lại.",
  encrypted:
    "Tệp được đặt mật khẩu mở; hãy gỡ mật khẩu rồi gửi lại (Excel: Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu).",
  oldXls:
    "Tệp .xls cũ (Excel 97–2003); hãy mở bằng Excel và lưu thành .xlsx (Tệp > Lưu thành > Sổ làm việc Excel).",
  ods: "Tệp .ods của LibreOffice/OpenOffice; hãy mở và lưu thành .xlsx (Lưu thành > Excel 2007-365).",
  xlsb: "Tệp .xlsb (sổ làm việc nhị phân); hãy mở bằng Excel và lưu thành .xlsx (Tệp > Lưu thành > Sổ làm việc Excel).",
  word: "Tệp là văn bản Word, không phải biểu Excel; hãy gửi tệp .xlsx của mẫu biểu.",
  pdf: "Tệp PDF không đọc được số liệu; hãy gửi tệp .xlsx của mẫu biểu.",
  notXlsx: "Tệp không phải sổ làm việc Excel (.xlsx); hãy gửi tệp .xlsx của mẫu biểu.",
  corrupt:
    "Tệp .xlsx bị hỏng hoặc không trọn vẹn (có thể tải về bị ngắt); hãy tải lại hoặc đề nghị đơn vị gửi lại.",
  unsafe(kind: PackageUnsafe["kind"], part: string): string {
    return `Tệp không an toàn nên DVCQ không đọc: ${UNSAFE[kind](part)}. Excel không lưu tệp như vậy; hãy đề nghị đơn vị gửi lại tệp mẫu biểu được lưu bằng Excel, và đừng mở tệp này.`;
  },
};

export type UnreadableText = typeof vi;
