import type { Lang } from "../i18n/lang";
import { csvText, UTF8_BOM } from "../text/csv";
import { REGISTRY_COLUMNS } from "./registry";

/** What each column of a registry holds, as the example's comment lines explain it. */
const COLUMN_NOTES: Record<(typeof REGISTRY_COLUMNS)[number], { vi: string; en: string }> = {
  code: {
    vi: "mã đơn vị: chữ in hoa, số, dấu - (tên trang và tên tệp của đơn vị)",
    en: "the unit's code: capitals, digits, - (its sheet and file name)",
  },
  name: { vi: "tên đầy đủ của đơn vị", en: "the unit's full name" },
  kind: {
    vi: "loại đơn vị (X = xã, phường; C = cơ quan: chỉ tiêu chỉ của xã hay chỉ của cơ quan theo đó); office = cơ quan nhận và tổng hợp báo cáo; kind = khai báo một loại đơn vị (code mã loại, name tên loại, parent tiêu đề cột trong báo cáo tổng hợp)",
    en: "the kind of unit (X = commune, ward; C = agency: indicators for communes or agencies only follow it); office = the office that receives and rolls up the reports; kind = declares a kind of unit (code its code, name its label, parent its column heading in the report)",
  },
  parent: {
    vi: "cấp trên trực tiếp, ghi ở dòng đầu mẫu biểu (dòng office: cấp trên của cơ quan nhận)",
    en: "the body directly above, on the template's first line (office row: the body above the office)",
  },
  gso: {
    vi: "mã đơn vị hành chính của cơ quan thống kê (không bắt buộc)",
    en: "the statistics office's code of the administrative unit (optional)",
  },
  valid_from: {
    vi: "ngày bắt đầu hoạt động, yyyy-mm-dd (trống: không giới hạn)",
    en: "first day in operation, yyyy-mm-dd (blank: open)",
  },
  valid_to: {
    vi: "ngày cuối hoạt động, yyyy-mm-dd (trống: không giới hạn)",
    en: "last day in operation, yyyy-mm-dd (blank: open)",
  },
  aliases: {
    vi: "tên khác hay được ghi, cách nhau bởi dấu ;",
    en: "other names it is written under, separated by ;",
  },
  predecessors: {
    vi: "mã các đơn vị cũ đã hợp nhất thành đơn vị này, cách nhau bởi dấu ; (để so với năm trước)",
    en: "codes of the former units merged into this one, separated by ; (to compare with last year)",
  },
  place: {
    vi: "địa danh ở dòng ngày tháng: “<địa danh>, ngày … tháng … năm …”",
    en: "the place on the date line: “<place>, ngày … tháng … năm …”",
  },
  symbol: {
    vi: "chữ viết tắt sau “BC-” trong số báo cáo (dòng kind: cơ quan ban hành đứng trước tên đơn vị, ví dụ UBND)",
    en: "the abbreviation after “BC-” in the report's number (kind row: the body before the unit's name on its reports, e.g. UBND)",
  },
  recipients: {
    vi: "chỉ dòng office: nơi nhận báo cáo tổng hợp, cách nhau bởi dấu ;",
    en: "office row only: the recipients of the rolled-up report, separated by ;",
  },
  signer: {
    vi: "dòng office: chức danh người ký báo cáo tổng hợp; dòng kind: khối chữ ký báo cáo của đơn vị loại đó, các dòng cách nhau bởi dấu ;",
    en: "office row: the title of the rolled-up report's signer; kind row: the signature block of that kind's reports, lines separated by ;",
  },
};

const INTRO = {
  vi: [
    "Danh sách đơn vị báo cáo của DVCQ: VÍ DỤ, các đơn vị dưới đây không có thật.",
    "Thay bằng đơn vị của mình rồi dùng: dvcq template --units TỆP.csv --year NĂM --all --out THƯ_MỤC",
    "Dòng bắt đầu bằng # là ghi chú. Lưu dạng CSV UTF-8. Các cột:",
  ],
  en: [
    "A DVCQ registry of reporting units: an EXAMPLE, the units below are not real.",
    "Replace them with your own, then use: dvcq template --units FILE.csv --year YEAR --all --out DIR",
    "Lines starting with # are comments. Save as CSV UTF-8. The columns:",
  ],
};

/**
 * Example rows: the kinds of unit (the report's columns by level), the office that receives the
 * reports (a province's Sở Nội vụ), a commune formed by merging two former ones, and an agency, all valid from the 2025 reform on. Placeholder names only.
 */
const EXAMPLE_ROWS: readonly (readonly string[])[] = [
  [
    "X",
    "Xã, phường",
    "kind",
    "Khối xã, phường",
    ...Array<string>(6).fill(""),
    "UBND",
    "",
    "TM. ỦY BAN NHÂN DÂN; CHỦ TỊCH",
  ],
  ["C", "Sở, ban, ngành", "kind", "Khối sở, ban, ngành", ...Array<string>(8).fill(""), "GIÁM ĐỐC"],
  [
    "SO-NOI-VU",
    "Sở Nội vụ",
    "office",
    "UBND tỉnh A",
    "",
    "2025-07-01",
    "",
    "",
    "",
    "A",
    "SNV",
    "UBND tỉnh (báo cáo); Ban Dân vận Tỉnh ủy; Lưu: VT, SNV",
    "GIÁM ĐỐC",
  ],
  [
    "XA-A",
    "Xã A",
    "X",
    "UBND tỉnh A",
    "",
    "2025-07-01",
    "",
    "UBND xã A; X. A",
    "XA-CU-1; XA-CU-2",
    "A",
    "UBND",
    "",
    "",
  ],
  ["CQ-B", "Sở B", "C", "UBND tỉnh A", "", "2025-07-01", "", "", "", "A", "SB", "", ""],
];

/**
 * `dvcq registry --example`: a registry CSV a clerk edits into their own, with a comment line on
 * every column (in the language asked for), UTF-8 with a BOM so Excel opens it in Vietnamese.
 */
export function exampleRegistryCsv(lang: Lang): string {
  // Written as they read, unquoted: they hold no ASCII quote, which would open a quoted field.
  const comments = [...INTRO[lang], ...REGISTRY_COLUMNS.map((c) => `  ${c}: ${COLUMN_NOTES[c][lang]}`)]
    .map((line) => `# ${line}\r\n`)
    .join("");
  return `${UTF8_BOM}${comments}${csvText([[...REGISTRY_COLUMNS], ...EXAMPLE_ROWS])}`;
}
