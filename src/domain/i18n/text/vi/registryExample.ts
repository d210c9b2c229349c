import type { REGISTRY_COLUMNS } from "../../../units/registry";

/** The comment lines of `dvcq registry --example`, in Vietnamese: what the file is, then what each column holds. */
export const vi: RegistryExampleText = {
  intro: [
    "Danh sách đơn vị báo cáo của DVCQ: VÍ DỤ, các đơn vị dưới đây không có thật.",
    "Thay bằng đơn vị của mình rồi dùng: dvcq template --units TỆP.csv --year NĂM --all --out THƯ_MỤC",
    "Dòng bắt đầu bằng # là ghi chú. Lưu dạng CSV UTF-8. Các cột:",
  ],
  columns: {
    code: "mã đơn vị: chữ in hoa, số, dấu - (tên trang và tên tệp của đơn vị)",
    name: "tên đầy đủ của đơn vị",
    kind: "loại đơn vị (X = xã, phường; C = cơ quan: chỉ tiêu chỉ của xã hay chỉ của cơ quan theo đó); office = cơ quan nhận và tổng hợp báo cáo; kind = khai báo một loại đơn vị (code mã loại, name tên loại, parent tiêu đề cột trong báo cáo tổng hợp)",
    parent: "cấp trên trực tiếp, ghi ở dòng đầu mẫu biểu (dòng office: cấp trên của cơ quan nhận)",
    gso: "mã đơn vị hành chính của cơ quan thống kê (không bắt buộc)",
    valid_from: "ngày bắt đầu hoạt động, yyyy-mm-dd (trống: không giới hạn)",
    valid_to: "ngày cuối hoạt động, yyyy-mm-dd (trống: không giới hạn)",
    aliases: "tên khác hay được ghi, cách nhau bởi dấu ;",
    predecessors: "mã các đơn vị cũ đã hợp nhất thành đơn vị này, cách nhau bởi dấu ; (để so với năm trước)",
    place: "địa danh ở dòng ngày tháng: “<địa danh>, ngày … tháng … năm …”",
    symbol:
      "chữ viết tắt sau “BC-” trong số báo cáo (dòng kind: cơ quan ban hành đứng trước tên đơn vị, ví dụ UBND)",
    recipients: "chỉ dòng office: nơi nhận báo cáo tổng hợp, cách nhau bởi dấu ;",
    signer:
      "dòng office: chức danh người ký báo cáo tổng hợp; dòng kind: khối chữ ký báo cáo của đơn vị loại đó, các dòng cách nhau bởi dấu ;",
  },
};

/** The example's comment lines: its introduction, then what each column of a registry holds. */
export interface RegistryExampleText {
  intro: readonly string[];
  columns: Readonly<Record<(typeof REGISTRY_COLUMNS)[number], string>>;
}
