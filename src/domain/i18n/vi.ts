import { formatDateVi, formatNumberVi } from "../text/vnformat";
import { describeCheck, type CompareWords } from "./compare";
import { render, type Locale, type Phrase, type Shown, type Wanted } from "./phrase";
import { quote } from "./quote";

const n = (value: number): string => formatNumberVi(value);
const shown = (s: Shown): string => ("typed" in s ? quote(s.typed) : `${n(s.number)}${s.percent ? "%" : ""}`);
const date = (day: number, month: number, year: number): string =>
  `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
const say = (p: Phrase): string => render(vi, p);

const WANTED: Record<Wanted, string> = {
  count: "số",
  percent: "tỷ lệ phần trăm",
  date: "ngày",
  choice: "một lựa chọn trong danh sách",
  text: "chữ",
};

const ERROR_MEANINGS: Readonly<Record<string, string>> = {
  "#REF!": "tham chiếu tới ô đã bị xoá",
  "#DIV/0!": "chia cho 0",
  "#N/A": "không tìm thấy giá trị",
  "#VALUE!": "sai kiểu giá trị trong công thức",
  "#NAME?": "tên hàm hoặc tên vùng không đúng",
  "#NUM!": "số không hợp lệ trong công thức",
  "#NULL!": "hai vùng không giao nhau",
};

const COMPARE: CompareWords = {
  lang: "vi",
  fails: {
    "<=": "lớn hơn",
    ">=": "nhỏ hơn",
    "<": "không nhỏ hơn",
    ">": "không lớn hơn",
    "=": "khác",
    "<>": "bằng",
  },
  holds: {
    "<=": "không lớn hơn",
    ">=": "không nhỏ hơn",
    "<": "nhỏ hơn",
    ">": "lớn hơn",
    "=": "là",
    "<>": "khác",
  },
  but: "nhưng",
  number: n,
  weeks: (count) => `số tuần của kỳ báo cáo${count}`,
  filledIn: (side) => `${side} lại có số liệu`,
  isBlank: (side) => `${side} chưa điền`,
};

const CROSS_YEAR_BROKEN = { "=": "khác", "<=": "lớn hơn", ">=": "nhỏ hơn" } as const;

const listed = (codes: string[]): string =>
  codes.length > 6 ? `${codes.slice(0, 6).join(", ")}…` : codes.join(", ");

/** Vietnamese, the product's own language. */
export const vi: Locale = {
  EXCEL_ERROR: (p) => {
    const meaning = ERROR_MEANINGS[p.error];
    return `Ô báo lỗi Excel ${p.error}${meaning ? ` (${meaning})` : ""}: cần sửa công thức hoặc giá trị`;
  },
  TRUE_FALSE: (p) => `“${p.value ? "TRUE" : "FALSE"}” là giá trị đúng/sai, không phải ${WANTED[p.wanted]}`,
  DATE_FOR_NUMBER: (p) => `Excel đã hiểu giá trị gõ vào là ngày ${formatDateVi(p.serial)}, không phải số`,
  DATE_FORMAT_ON_NUMBER: (p) =>
    `Ô có định dạng ngày nên ${n(p.value)} hiện thành ngày: hãy định dạng ô là số`,
  NOT_A_NUMBER: (p) => `${quote(p.text)} không phải số`,
  PERCENT_FOR_COUNT: (p) => `${quote(p.text)} là tỷ lệ phần trăm, ở đây cần số nguyên`,
  WORDS_BESIDE_NUMBER: (p) => `${quote(p.text)} có chữ kèm theo số: hãy chỉ ghi số`,
  NOT_THE_UNIT: (p) =>
    `${quote(p.text)}: ${quote(p.words)} không phải đơn vị tính của chỉ tiêu (${p.unit}); hãy chỉ ghi số`,
  DOT_IN_COUNT: (p) =>
    `${quote(p.text)} không phải số nguyên (dấu chấm chỉ dùng để ngăn cách hàng nghìn, như 1.234)`,
  COMMA_OR_THOUSANDS: (p) =>
    `${quote(p.text)} không rõ là số thập phân ${n(p.decimal)} hay số nguyên ${n(Number(p.digits))}: nếu là số nguyên, hãy gõ ${p.digits}`,
  DOT_AS_DECIMAL: (p) =>
    `${n(p.value)} không phải số nguyên. Nếu định ghi ${n(Number(p.digits))}, hãy gõ ${p.digits}: máy đã hiểu dấu chấm là dấu thập phân`,
  NEGATIVE: (p) => `${shown(p.shown)} là số âm: cần số nguyên không âm`,
  NOT_WHOLE: (p) => `${shown(p.shown)} không phải số nguyên`,
  TOO_LARGE: (p) => `${shown(p.shown)} quá lớn`,
  PERCENT_OUT_OF_RANGE: (p) => `${shown(p.shown)} không phải tỷ lệ phần trăm: cần từ 0 đến 100`,
  ONE_PERCENT_AMBIGUOUS: (p) => `${shown(p.shown)} không rõ là 1% hay 100%: hãy gõ 1% hoặc 100%`,
  NUMBER_NOT_A_DATE: (p) =>
    `${String(p.value).replace(".", ",")} không phải ngày (cần ngày từ 01/01/2000 đến 31/12/2100, dạng ngày/tháng/năm)`,
  NOT_A_DATE: (p) => `${quote(p.text)} không phải ngày (cần dạng ngày/tháng/năm, ví dụ 05/10/2024)`,
  TWO_DIGIT_YEAR: (p) => `${quote(p.text)}: năm ghi 2 chữ số không rõ là năm nào; hãy ghi đủ 4 chữ số`,
  NO_SUCH_MONTH: (p) =>
    `${quote(p.text)} không phải ngày có thật: không có tháng ${p.month} (ngày ghi trước, tháng ghi sau)`,
  NO_SUCH_DAY: (p) =>
    `${quote(p.text)} không phải ngày có thật: tháng ${p.month}/${p.year} có ${p.days} ngày`,
  DATE_OUT_OF_RANGE: (p) => `${quote(p.text)}: cần ngày từ 01/01/2000 đến 31/12/2100`,
  SEVERAL_CHOICES: (p) => `${quote(p.text)} khớp với nhiều lựa chọn: ${p.matches.join(", ")}`,
  NOT_IN_LIST: (p) => `${quote(p.text)} không thuộc danh sách: ${p.options.join(", ")}`,

  NUMBER_AS_TEXT: (p) =>
    p.percent
      ? `${quote(p.text)} là số dạng chữ, được hiểu là ${n(p.value)}%`
      : `${quote(p.text)} là số dạng chữ${p.withUnit ? " kèm đơn vị tính" : ""}, được hiểu là ${n(p.value)}`,
  PERCENT_AS_FRACTION: (p) =>
    `${shown(p.shown)} được hiểu là tỷ lệ ghi dạng thập phân: ${n(p.percent)}%. Nếu định ghi ${n(p.value)}%, hãy gõ “${n(p.value)}%”`,
  DATE_AS_TEXT: (p) =>
    `${quote(p.text)} là ngày dạng chữ, được hiểu là ngày ${date(p.day, p.month, p.year)}${p.dayFirst ? " (ngày/tháng/năm)" : ""}`,
  DATE_AS_WORDS: (p) =>
    `${quote(p.text)} là ngày viết bằng chữ, được hiểu là ngày ${date(p.day, p.month, p.year)}`,
  LEGACY_ENCODING: (p) =>
    `Chữ gõ bằng bảng mã cũ ${p.encoding} ${quote(p.typed)} được chuyển sang Unicode: ${quote(p.converted)}`,
  TEXT_NORMALISED: (p) =>
    p.lookalike
      ? `${quote(p.text)} có chữ Ð trông giống Đ nhưng là chữ khác, được đổi thành ${quote(p.to)}`
      : `${quote(p.text)} được hiểu là “${p.to}”`,

  SHEET_NOT_A_TEMPLATE: (p) =>
    `Trang “${p.sheet}” không phải mẫu biểu DVCQ (không có mã mẫu ${p.templateId} và cột STT theo mã chỉ tiêu).`,
  WORKBOOK_NOT_A_TEMPLATE: () => "Tệp không có trang mẫu biểu DVCQ nào.",
  TEMPLATE_VERSION: (p) =>
    p.sameFamily
      ? `Trang dùng mẫu ${p.found}, khác phiên bản ${p.expected}; số liệu được đọc theo mã chỉ tiêu.`
      : `Trang dùng mẫu ${p.found}, không phải mẫu ${p.expected}; số liệu được đọc theo mã chỉ tiêu.`,
  VALUE_UNREADABLE: (p) => `${p.item.code} ${p.item.label.vi}: ${say(p.problem)}`,
  VALUE_UNDERSTOOD: (p) => `${p.item.code} ${p.item.label.vi}: ${say(p.note)}`,
  NAMES_MISSING: (p) =>
    `Tên ô DVCQ của ${p.byCode.length + p.byLabel.length} chỉ tiêu bị mất hoặc lệch hàng (sao chép tay, dán đè, hay chèn hàng bằng chương trình khác?); ` +
    [
      p.byCode.length ? `tìm theo cột STT: ${listed(p.byCode)}` : "",
      p.byLabel.length ? `tìm theo tên chỉ tiêu: ${listed(p.byLabel)}` : "",
    ]
      .filter(Boolean)
      .join("; ") +
    ".",
  INDICATOR_NOT_FOUND: (p) =>
    `Không tìm thấy chỉ tiêu ${p.item.code} ${p.item.label.vi} trên trang (hàng đã bị xóa?).`,
  LISTS_NOT_IN_VERSION: (p) =>
    `Trang dùng mẫu ${p.found ?? "cũ"}, không có ${p.list.vi.charAt(0).toLocaleLowerCase("vi")}${p.list.vi.slice(1)} và các phần đánh giá, phương hướng, kiến nghị của mẫu ${p.expected}; số liệu vẫn được đọc và tổng hợp.`,
  CHECK_FAILED: (p) => describeCheck(p, COMPARE),
  SECTION_EMPTY: (p) =>
    `Mục ${p.section} chưa điền số liệu nào (${p.count} chỉ tiêu, từ ${p.first} đến ${p.last}).`,
  NOT_FILLED: (p) =>
    `${p.item.code} ${p.item.label.vi}: chưa điền${p.count ? " (nhập 0 nếu không phát sinh)" : ""}.`,
  SENT_LATE: (p) =>
    `${p.indicator} Ngày gửi báo cáo ${formatDateVi(p.sent)} sau hạn ${formatDateVi(p.deadline)}.`,
  YEAR_UNREADABLE: () => "Không đọc được năm báo cáo của trang.",
  WRONG_YEAR: (p) => `Trang là báo cáo năm ${p.year}, không phải năm ${p.expected} đang tổng hợp.`,
  PERIOD_DATE: (p) =>
    `${p.item.code} ${p.item.label.vi} là ${formatDateVi(p.value)}, kỳ báo cáo năm ${p.year} là ${formatDateVi(p.expected)}.`,
  EVIDENCE_OUTSIDE_PERIOD: (p) =>
    `Minh chứng mục ${p.section} dẫn văn bản ngoài kỳ báo cáo (${formatDateVi(p.from)}–${formatDateVi(p.to)}): ${p.documents.map((d) => `${d.symbol} ngày ${d.dateText}`).join("; ")}.`,
  EVIDENCE_MISSING: (p) =>
    `Mục ${p.section} có số liệu (${p.figures
      .slice(0, 3)
      .map((f) => `${f.code}: ${n(f.value)}`)
      .join("; ")}) nhưng chưa ghi minh chứng.`,
  LIST_ROW_INCOMPLETE: (p) =>
    `Mô hình “${p.name}” chưa ghi ${p.columns.map((c) => c.vi.toLocaleLowerCase("vi")).join(", ")}.`,
  LIST_ROW_NOT_AN_OPTION: (p) =>
    `Mô hình “${p.name}”: ${p.column.vi} “${p.value}” không thuộc danh sách (${p.options.join(", ")}).`,
  LIST_NAME_TWICE: (p) => `Mô hình “${p.name}” ghi hai lần trong danh sách (hàng ${p.first} và ${p.row}).`,
  LIST_NAME_ELSEWHERE: (p) =>
    `Mô hình “${p.name}” cũng có trong danh sách của ${p.unit} (${p.where}); nếu là cùng một mô hình, chỉ đơn vị chủ trì ghi.`,
  LIST_TALLY: (p) =>
    `${p.item.code} ${p.item.label.vi} là ${n(p.typed)}, danh sách mục ${p.section} có ${n(p.counted)}.`,
  UNIT_NOT_IN_LIST: (p) => `Mã đơn vị “${p.typed}” không có trong danh sách đơn vị.`,
  UNIT_KIND: (p) => `Loại đơn vị ghi là ${p.typed} nhưng ${p.unit} thuộc loại ${p.kind}.`,
  UNIT_INACTIVE: (p) => `${p.unit} không còn hoạt động trong kỳ báo cáo năm ${p.year}.`,
  CROSS_YEAR: (p) =>
    `${p.item.code} ${p.item.label.vi} năm ${p.year} (${n(p.value)}) ${CROSS_YEAR_BROKEN[p.op]} ${
      p.last.length === 1
        ? `${p.last[0]?.code} ${p.last[0]?.label.vi}`.trim()
        : `tổng ${p.last.map((l) => l.code).join(" + ")}`
    } năm ${p.lastYear} (${n(p.lastValue)}${p.formedFrom.length > 0 ? `, cộng của ${p.formedFrom.join(", ")}` : ""}).`,
  DUPLICATE_SUBMISSION: (p) => `${p.unit} đã có báo cáo năm ${p.year} ở ${p.first}; đây là bản thứ hai.`,
  FILE_UNIT_UNKNOWN: () =>
    "Mã đơn vị trong tệp không có trong danh sách đơn vị; hãy kiểm tra ô Mã đơn vị (0.1) hoặc danh sách đơn vị.",
  FILE_OTHER_YEAR: (p) =>
    `Báo cáo ${p.year === null ? "không ghi năm" : `năm ${p.year}`}, không phải năm ${p.expected} đang tổng hợp.`,
  FILE_UNIT_NOT_EXPECTED: (p) => `${p.unit} không thuộc danh sách đơn vị phải báo cáo năm ${p.year}.`,
  REGISTRY_COLUMNS: (p) =>
    `Danh sách đơn vị thiếu cột: ${p.missing.join(", ")}. Dòng đầu phải là: ${p.columns.join(", ")}.`,
  REGISTRY_ROW: (p) => {
    switch (p.row) {
      case "kind":
        return `Dòng ${p.line} (loại đơn vị) bị bỏ qua: cần mã loại (chữ in hoa, số, tối đa 8 ký tự, không lặp) và tên loại.`;
      case "unit":
        return `Dòng ${p.line} của danh sách đơn vị bị bỏ qua: cần mã (chữ in hoa, số, dấu -, tối đa 26 ký tự), tên, loại X, C hoặc ${p.office}, ngày dạng yyyy-mm-dd.`;
      case "kind unknown":
        return `Dòng ${p.line} của danh sách đơn vị bị bỏ qua: loại “${p.kind}” không có trong các loại đơn vị (${p.kinds.join(", ")}).`;
    }
  },
  REGISTRY_DUPLICATE: (p) => `Mã đơn vị ${p.unit} lặp lại ở dòng ${p.line}; dòng này bị bỏ qua.`,
  REGISTRY_TO_FILL: (p) =>
    `${p.rows.length} dòng chưa được tính vì ngày còn để ${p.placeholder} (${p.rows.join(", ")}): ghi ngày bắt đầu valid_from cho đơn vị còn hoạt động trong kỳ mới, sửa tên và predecessors của đơn vị đã hợp nhất, xóa dòng đơn vị không còn.`,
  REGISTRY_EMPTY: () => "Danh sách đơn vị không có đơn vị nào.",
  PREVIOUS_NOT_FACTS: () =>
    "không phải báo cáo tổng hợp (.xlsx) hay tệp CSV số liệu (rollup --facts) do DVCQ lập.",
  PREVIOUS_COLUMNS_MISSING: (p) =>
    `không phải bảng dữ liệu do DVCQ lập (trang “${p.sheet}” của báo cáo tổng hợp, hoặc tệp CSV của dvcq rollup --facts): thiếu cột ${p.missing.join(", ")}.`,
  PREVIOUS_CODE_MISSING: (p) => `dòng ${p.line}: thiếu mã đơn vị hoặc mã chỉ tiêu.`,
  PREVIOUS_TWICE: (p) =>
    `dòng ${p.line}: chỉ tiêu ${p.indicator} của đơn vị ${p.unit} năm ${p.year} có hai lần (dòng ${p.first} và ${p.line}).`,
  PREVIOUS_NOT_A_NUMBER: (p) =>
    `dòng ${p.line}: giá trị “${p.typed}” của chỉ tiêu ${p.indicator}, đơn vị ${p.unit} không phải số.`,
  PREVIOUS_NO_FIGURES: () => "không có dòng số liệu nào.",
  PREVIOUS_NO_YEAR: (p) =>
    `không có số liệu năm ${p.year} (năm trước của năm báo cáo ${p.year + 1}); tệp có số liệu năm ${p.found.join(", ")}.`,
  PREVIOUS_SHEET_TOO_LARGE: (p) =>
    `trang “${p.sheet}” quá lớn để đọc; hãy dùng tệp CSV số liệu năm trước (dvcq rollup --facts TỆP.csv).`,
  PREVIOUS_IS_TEMPLATE: (p) =>
    `là mẫu biểu của một đơn vị, không phải báo cáo tổng hợp năm trước; hãy dùng báo cáo tổng hợp (DVCQ_${p.year ?? "NĂM"}_TongHop.xlsx) hoặc tệp CSV của dvcq rollup --facts.`,
  PREVIOUS_NO_SHEET: (p) => `không có trang “${p.sheet}” của báo cáo tổng hợp DVCQ.`,
};
