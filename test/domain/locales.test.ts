import { parseExpr } from "../../src/domain/expr/expr";
import type { Lang } from "../../src/domain/i18n/lang";
import type { Phrase, PhraseCode } from "../../src/domain/i18n/phrase";
import { say } from "../../src/domain/i18n/say";
import { isoToExcelSerial } from "../../src/domain/period";

/** A phrase and its sentence in every language. */
type Sample<C extends PhraseCode> = { phrase: Extract<Phrase, { code: C }> } & Record<Lang, string>;

/** At least one sample per code: a code added without one here does not compile. */
type Samples = { [C in PhraseCode]: [Sample<C>, ...Sample<C>[]] };

const OCT_5_2024 = isoToExcelSerial("2024-10-05");
const ITEM = { code: "6.20", label: { vi: "Số vụ việc đã giải quyết", en: "resolved" } };
const LONG = "12 buổi ".repeat(10).trim();
const LABELS = {
  "1.3": { vi: "Số hội nghị", en: "conferences" },
  "1.4": { vi: "Số lượt người dự", en: "attendees" },
  "3.4": { vi: "Mô hình mới", en: "new models" },
  "3.5": { vi: "Mô hình duy trì", en: "kept models" },
  "3.6": { vi: "Mô hình gắn cải cách", en: "reform models" },
  "6.14": { vi: "Số kỳ tiếp công dân", en: "citizen receptions" },
  "6.19": { vi: "Số vụ việc thuộc thẩm quyền", en: "within competence" },
  "6.20": ITEM.label,
  "4.11": { vi: "Số lượt đánh giá", en: "ratings" },
  "4.12": { vi: "Tỷ lệ hài lòng", en: "satisfaction" },
};

const SAMPLES: Samples = {
  EXCEL_ERROR: [
    {
      phrase: { code: "EXCEL_ERROR", error: "#REF!" },
      vi: "Ô báo lỗi Excel #REF! (tham chiếu tới ô đã bị xoá): cần sửa công thức hoặc giá trị",
      en: "The cell shows the Excel error #REF! (a reference to a deleted cell): fix the formula or value",
    },
    {
      phrase: { code: "EXCEL_ERROR", error: "#SPILL!" },
      vi: "Ô báo lỗi Excel #SPILL!: cần sửa công thức hoặc giá trị",
      en: "The cell shows the Excel error #SPILL!: fix the formula or value",
    },
  ],
  TRUE_FALSE: [
    {
      phrase: { code: "TRUE_FALSE", value: true, wanted: "count" },
      vi: "“TRUE” là giá trị đúng/sai, không phải số",
      en: "“TRUE” is a true/false value, not a number",
    },
    {
      phrase: { code: "TRUE_FALSE", value: false, wanted: "choice" },
      vi: "“FALSE” là giá trị đúng/sai, không phải một lựa chọn trong danh sách",
      en: "“FALSE” is a true/false value, not a choice from the list",
    },
  ],
  DATE_FOR_NUMBER: [
    {
      phrase: { code: "DATE_FOR_NUMBER", serial: OCT_5_2024 },
      vi: "Excel đã hiểu giá trị gõ vào là ngày 05/10/2024, không phải số",
      en: "Excel took what was typed as the date 05/10/2024, not a number",
    },
  ],
  DATE_FORMAT_ON_NUMBER: [
    {
      phrase: { code: "DATE_FORMAT_ON_NUMBER", value: 1234.5 },
      vi: "Ô có định dạng ngày nên 1.234,5 hiện thành ngày: hãy định dạng ô là số",
      en: "The cell has a date format, so 1234.5 shows as a date: format the cell as a number",
    },
  ],
  NOT_A_NUMBER: [
    {
      phrase: { code: "NOT_A_NUMBER", text: "không có" },
      vi: "“không có” không phải số",
      en: "“không có” is not a number",
    },
    {
      phrase: { code: "NOT_A_NUMBER", text: LONG },
      vi: `“${LONG.slice(0, 59)}…” không phải số`,
      en: `“${LONG.slice(0, 59)}…” is not a number`,
    },
  ],
  PERCENT_FOR_COUNT: [
    {
      phrase: { code: "PERCENT_FOR_COUNT", text: "12%" },
      vi: "“12%” là tỷ lệ phần trăm, ở đây cần số nguyên",
      en: "“12%” is a percentage; a whole number is needed here",
    },
  ],
  WORDS_BESIDE_NUMBER: [
    {
      phrase: { code: "WORDS_BESIDE_NUMBER", text: "12 buổi" },
      vi: "“12 buổi” có chữ kèm theo số: hãy chỉ ghi số",
      en: "“12 buổi” has words beside the number: type the number only",
    },
  ],
  NOT_THE_UNIT: [
    {
      phrase: { code: "NOT_THE_UNIT", text: "12 cái", words: "cái", unit: "buổi" },
      vi: "“12 cái”: “cái” không phải đơn vị tính của chỉ tiêu (buổi); hãy chỉ ghi số",
      en: "“12 cái”: “cái” is not the indicator's unit (buổi); type the number only",
    },
  ],
  DOT_IN_COUNT: [
    {
      phrase: { code: "DOT_IN_COUNT", text: "1.5" },
      vi: "“1.5” không phải số nguyên (dấu chấm chỉ dùng để ngăn cách hàng nghìn, như 1.234)",
      en: "“1.5” is not a whole number (a dot only separates thousands, as in 1.234)",
    },
  ],
  COMMA_OR_THOUSANDS: [
    {
      phrase: { code: "COMMA_OR_THOUSANDS", text: "1,234", decimal: 1.234, digits: "1234" },
      vi: "“1,234” không rõ là số thập phân 1,234 hay số nguyên 1.234: nếu là số nguyên, hãy gõ 1234",
      en: "“1,234” could be the decimal 1.234 or the whole number 1,234: if whole, type 1234",
    },
  ],
  DOT_AS_DECIMAL: [
    {
      phrase: { code: "DOT_AS_DECIMAL", value: 1.234, digits: "1234" },
      vi: "1,234 không phải số nguyên. Nếu định ghi 1.234, hãy gõ 1234: máy đã hiểu dấu chấm là dấu thập phân",
      en: "1.234 is not a whole number. If 1,234 was meant, type 1234: the computer took the dot as a decimal point",
    },
  ],
  NEGATIVE: [
    {
      phrase: { code: "NEGATIVE", shown: { number: -3 } },
      vi: "-3 là số âm: cần số nguyên không âm",
      en: "-3 is negative: a whole number ≥ 0 is needed",
    },
    {
      phrase: { code: "NEGATIVE", shown: { typed: "-3" } },
      vi: "“-3” là số âm: cần số nguyên không âm",
      en: "“-3” is negative: a whole number ≥ 0 is needed",
    },
  ],
  NOT_WHOLE: [
    {
      phrase: { code: "NOT_WHOLE", shown: { number: 12.5 } },
      vi: "12,5 không phải số nguyên",
      en: "12.5 is not a whole number",
    },
  ],
  TOO_LARGE: [
    {
      phrase: { code: "TOO_LARGE", shown: { number: 1e16 } },
      vi: "10.000.000.000.000.000 quá lớn",
      en: "10000000000000000 is too large",
    },
  ],
  PERCENT_OUT_OF_RANGE: [
    {
      phrase: { code: "PERCENT_OUT_OF_RANGE", shown: { number: 150.5, percent: true } },
      vi: "150,5% không phải tỷ lệ phần trăm: cần từ 0 đến 100",
      en: "150.5% is not a percentage: 0 to 100 is needed",
    },
  ],
  ONE_PERCENT_AMBIGUOUS: [
    {
      phrase: { code: "ONE_PERCENT_AMBIGUOUS", shown: { number: 1 } },
      vi: "1 không rõ là 1% hay 100%: hãy gõ 1% hoặc 100%",
      en: "1 could mean 1% or 100%: type 1% or 100%",
    },
  ],
  NUMBER_NOT_A_DATE: [
    {
      phrase: { code: "NUMBER_NOT_A_DATE", value: 12.5 },
      vi: "12,5 không phải ngày (cần ngày từ 01/01/2000 đến 31/12/2100, dạng ngày/tháng/năm)",
      en: "12.5 is not a date (a date from 01/01/2000 to 31/12/2100 is needed, day/month/year)",
    },
  ],
  NOT_A_DATE: [
    {
      phrase: { code: "NOT_A_DATE", text: "hôm qua" },
      vi: "“hôm qua” không phải ngày (cần dạng ngày/tháng/năm, ví dụ 05/10/2024)",
      en: "“hôm qua” is not a date (day/month/year is needed, e.g. 05/10/2024)",
    },
  ],
  TWO_DIGIT_YEAR: [
    {
      phrase: { code: "TWO_DIGIT_YEAR", text: "05/10/24" },
      vi: "“05/10/24”: năm ghi 2 chữ số không rõ là năm nào; hãy ghi đủ 4 chữ số",
      en: "“05/10/24”: a two-digit year is ambiguous; write all four digits",
    },
  ],
  NO_SUCH_MONTH: [
    {
      phrase: { code: "NO_SUCH_MONTH", text: "10/13/2024", month: 13 },
      vi: "“10/13/2024” không phải ngày có thật: không có tháng 13 (ngày ghi trước, tháng ghi sau)",
      en: "“10/13/2024” is not a real date: there is no month 13 (the day comes first, then the month)",
    },
  ],
  NO_SUCH_DAY: [
    {
      phrase: { code: "NO_SUCH_DAY", text: "30/02/2024", month: 2, year: 2024, days: 29 },
      vi: "“30/02/2024” không phải ngày có thật: tháng 2/2024 có 29 ngày",
      en: "“30/02/2024” is not a real date: February 2024 has 29 days",
    },
  ],
  DATE_OUT_OF_RANGE: [
    {
      phrase: { code: "DATE_OUT_OF_RANGE", text: "05/10/1999" },
      vi: "“05/10/1999”: cần ngày từ 01/01/2000 đến 31/12/2100",
      en: "“05/10/1999”: a date from 01/01/2000 to 31/12/2100 is needed",
    },
  ],
  SEVERAL_CHOICES: [
    {
      phrase: { code: "SEVERAL_CHOICES", text: "Kha", matches: ["Khá", "Khà"] },
      vi: "“Kha” khớp với nhiều lựa chọn: Khá, Khà",
      en: "“Kha” matches several choices: Khá, Khà",
    },
  ],
  NOT_IN_LIST: [
    {
      phrase: { code: "NOT_IN_LIST", text: "Giỏi", options: ["Tốt", "Khá"] },
      vi: "“Giỏi” không thuộc danh sách: Tốt, Khá",
      en: "“Giỏi” is not in the list: Tốt, Khá",
    },
  ],

  NUMBER_AS_TEXT: [
    {
      phrase: { code: "NUMBER_AS_TEXT", text: "1.234", value: 1234, percent: false, withUnit: false },
      vi: "“1.234” là số dạng chữ, được hiểu là 1.234",
      en: "“1.234” is a number stored as text, read as 1234",
    },
    {
      phrase: { code: "NUMBER_AS_TEXT", text: "12 buổi", value: 12, percent: false, withUnit: true },
      vi: "“12 buổi” là số dạng chữ kèm đơn vị tính, được hiểu là 12",
      en: "“12 buổi” is a number stored as text with its unit, read as 12",
    },
    {
      phrase: { code: "NUMBER_AS_TEXT", text: "98,5%", value: 98.5, percent: true, withUnit: false },
      vi: "“98,5%” là số dạng chữ, được hiểu là 98,5%",
      en: "“98,5%” is a number stored as text, read as 98.5%",
    },
  ],
  PERCENT_AS_FRACTION: [
    {
      phrase: { code: "PERCENT_AS_FRACTION", shown: { number: 0.985 }, percent: 98.5, value: 0.985 },
      vi: "0,985 được hiểu là tỷ lệ ghi dạng thập phân: 98,5%. Nếu định ghi 0,985%, hãy gõ “0,985%”",
      en: "0.985 was read as a fraction: 98.5%. If 0.985% was meant, type “0.985%”",
    },
  ],
  DATE_AS_TEXT: [
    {
      phrase: { code: "DATE_AS_TEXT", text: "5/10/2024", day: 5, month: 10, year: 2024, dayFirst: true },
      vi: "“5/10/2024” là ngày dạng chữ, được hiểu là ngày 05/10/2024 (ngày/tháng/năm)",
      en: "“5/10/2024” is a date stored as text, read day first as 5 October 2024",
    },
    {
      phrase: { code: "DATE_AS_TEXT", text: "2024-10-05", day: 5, month: 10, year: 2024, dayFirst: false },
      vi: "“2024-10-05” là ngày dạng chữ, được hiểu là ngày 05/10/2024",
      en: "“2024-10-05” is a date stored as text, read as 5 October 2024",
    },
  ],
  DATE_AS_WORDS: [
    {
      phrase: { code: "DATE_AS_WORDS", text: "ngày 5 tháng 10 năm 2024", day: 5, month: 10, year: 2024 },
      vi: "“ngày 5 tháng 10 năm 2024” là ngày viết bằng chữ, được hiểu là ngày 05/10/2024",
      en: "“ngày 5 tháng 10 năm 2024” is a date written in words, read as 5 October 2024",
    },
  ],
  LEGACY_ENCODING: [
    {
      phrase: { code: "LEGACY_ENCODING", encoding: "TCVN3 (ABC)", typed: "12 buæi", converted: "12 buổi" },
      vi: "Chữ gõ bằng bảng mã cũ TCVN3 (ABC) “12 buæi” được chuyển sang Unicode: “12 buổi”",
      en: "Text in the old TCVN3 (ABC) encoding “12 buæi” was converted to Unicode: “12 buổi”",
    },
  ],
  TEXT_NORMALISED: [
    {
      phrase: { code: "TEXT_NORMALISED", text: "tot", to: "Tốt", lookalike: false },
      vi: "“tot” được hiểu là “Tốt”",
      en: "“tot” was read as “Tốt”",
    },
    {
      phrase: { code: "TEXT_NORMALISED", text: "Ðồng Nai", to: "Đồng Nai", lookalike: true },
      vi: "“Ðồng Nai” có chữ Ð trông giống Đ nhưng là chữ khác, được đổi thành “Đồng Nai”",
      en: "“Ðồng Nai” has the look-alike letter Ð, changed to “Đồng Nai”",
    },
  ],

  SHEET_NOT_A_TEMPLATE: [
    {
      phrase: { code: "SHEET_NOT_A_TEMPLATE", sheet: "Ghi chép", templateId: "DVCQ-CT03/1" },
      vi: "Trang “Ghi chép” không phải mẫu biểu DVCQ (không có mã mẫu DVCQ-CT03/1 và cột STT theo mã chỉ tiêu).",
      en: "Sheet “Ghi chép” is not a DVCQ template (no template id DVCQ-CT03/1 and no code column).",
    },
  ],
  WORKBOOK_NOT_A_TEMPLATE: [
    {
      phrase: { code: "WORKBOOK_NOT_A_TEMPLATE" },
      vi: "Tệp không có trang mẫu biểu DVCQ nào.",
      en: "The workbook has no DVCQ template sheet.",
    },
  ],
  TEMPLATE_VERSION: [
    {
      phrase: { code: "TEMPLATE_VERSION", found: "DVCQ-CT03/2", expected: "DVCQ-CT03/1", sameFamily: true },
      vi: "Trang dùng mẫu DVCQ-CT03/2, khác phiên bản DVCQ-CT03/1; số liệu được đọc theo mã chỉ tiêu.",
      en: "The sheet uses template DVCQ-CT03/2, not version DVCQ-CT03/1; figures are read by indicator code.",
    },
    {
      phrase: { code: "TEMPLATE_VERSION", found: "ABC/1", expected: "DVCQ-CT03/1", sameFamily: false },
      vi: "Trang dùng mẫu ABC/1, không phải mẫu DVCQ-CT03/1; số liệu được đọc theo mã chỉ tiêu.",
      en: "The sheet uses template ABC/1, not DVCQ-CT03/1; figures are read by indicator code.",
    },
  ],
  VALUE_UNREADABLE: [
    {
      phrase: { code: "VALUE_UNREADABLE", item: ITEM, problem: { code: "NOT_A_NUMBER", text: "x" } },
      vi: "6.20 Số vụ việc đã giải quyết: “x” không phải số",
      en: "6.20 resolved: “x” is not a number",
    },
  ],
  VALUE_UNDERSTOOD: [
    {
      phrase: {
        code: "VALUE_UNDERSTOOD",
        item: ITEM,
        note: { code: "NUMBER_AS_TEXT", text: "8", value: 8, percent: false, withUnit: false },
      },
      vi: "6.20 Số vụ việc đã giải quyết: “8” là số dạng chữ, được hiểu là 8",
      en: "6.20 resolved: “8” is a number stored as text, read as 8",
    },
  ],
  NAMES_MISSING: [
    {
      phrase: {
        code: "NAMES_MISSING",
        byCode: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"],
        byLabel: ["6.20"],
      },
      vi: "Tên ô DVCQ của 8 chỉ tiêu bị mất hoặc lệch hàng (sao chép tay, dán đè, hay chèn hàng bằng chương trình khác?); tìm theo cột STT: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6…; tìm theo tên chỉ tiêu: 6.20.",
      en: "The DVCQ cell names of 8 indicators are lost or off their rows (copied by hand, pasted over, or rows inserted by another program?); found by the code column: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6…; found by label: 6.20.",
    },
    {
      phrase: { code: "NAMES_MISSING", byCode: [], byLabel: ["6.20"] },
      vi: "Tên ô DVCQ của 1 chỉ tiêu bị mất hoặc lệch hàng (sao chép tay, dán đè, hay chèn hàng bằng chương trình khác?); tìm theo tên chỉ tiêu: 6.20.",
      en: "The DVCQ cell names of 1 indicators are lost or off their rows (copied by hand, pasted over, or rows inserted by another program?); found by label: 6.20.",
    },
  ],
  INDICATOR_NOT_FOUND: [
    {
      phrase: { code: "INDICATOR_NOT_FOUND", item: ITEM },
      vi: "Không tìm thấy chỉ tiêu 6.20 Số vụ việc đã giải quyết trên trang (hàng đã bị xóa?).",
      en: "Indicator 6.20 resolved is not on the sheet (row deleted?).",
    },
  ],
  LISTS_NOT_IN_VERSION: [
    {
      phrase: {
        code: "LISTS_NOT_IN_VERSION",
        found: "DVCQ-CT03/1",
        list: { vi: "Danh sách mô hình", en: "Models list" },
        expected: "DVCQ-CT03/2",
      },
      vi: "Trang dùng mẫu DVCQ-CT03/1, không có danh sách mô hình và các phần đánh giá, phương hướng, kiến nghị của mẫu DVCQ-CT03/2; số liệu vẫn được đọc và tổng hợp.",
      en: "The sheet uses template DVCQ-CT03/1, without the models list and the text parts of DVCQ-CT03/2; its figures are still read and rolled up.",
    },
    {
      phrase: {
        code: "LISTS_NOT_IN_VERSION",
        found: null,
        list: { vi: "Danh sách mô hình", en: "Models list" },
        expected: "DVCQ-CT03/2",
      },
      vi: "Trang dùng mẫu cũ, không có danh sách mô hình và các phần đánh giá, phương hướng, kiến nghị của mẫu DVCQ-CT03/2; số liệu vẫn được đọc và tổng hợp.",
      en: "The sheet uses template of an earlier version, without the models list and the text parts of DVCQ-CT03/2; its figures are still read and rolled up.",
    },
  ],
  CHECK_FAILED: [
    {
      phrase: {
        code: "CHECK_FAILED",
        check: parseExpr("[6.20] <= [6.19]"),
        values: { "6.20": 15, "6.19": 12 },
        labels: LABELS,
      },
      vi: "6.20 Số vụ việc đã giải quyết (15) lớn hơn 6.19 Số vụ việc thuộc thẩm quyền (12).",
      en: "6.20 resolved (15) is greater than 6.19 within competence (12).",
    },
    {
      phrase: {
        code: "CHECK_FAILED",
        check: parseExpr("[1.3] = 0 -> [1.4] = 0"),
        values: { "1.3": 0, "1.4": 320 },
        labels: LABELS,
      },
      vi: "1.3 Số hội nghị là 0 nhưng 1.4 Số lượt người dự (320) khác 0.",
      en: "1.3 conferences is 0 but 1.4 attendees (320) differs from 0.",
    },
    {
      phrase: {
        code: "CHECK_FAILED",
        check: parseExpr("[3.6] <= [3.4] + [3.5]"),
        values: { "3.6": 6, "3.4": 2, "3.5": 3 },
        labels: LABELS,
      },
      vi: "3.6 Mô hình gắn cải cách (6) lớn hơn 3.4 + 3.5 (= 5).",
      en: "3.6 reform models (6) is greater than 3.4 + 3.5 (= 5).",
    },
    {
      phrase: {
        code: "CHECK_FAILED",
        check: parseExpr("[4.11] = 0 -> blank([4.12])"),
        values: { "4.11": 0, "4.12": 98.5 },
        labels: LABELS,
      },
      vi: "4.11 Số lượt đánh giá là 0 nhưng 4.12 Tỷ lệ hài lòng (98,5) lại có số liệu.",
      en: "4.11 ratings is 0 but 4.12 satisfaction (98.5) is filled in.",
    },
    {
      phrase: {
        code: "CHECK_FAILED",
        check: parseExpr("[4.11] > 0 -> filled([4.12])"),
        values: { "4.11": 12, "4.12": null },
        labels: LABELS,
      },
      vi: "4.11 Số lượt đánh giá (12) lớn hơn 0 nhưng 4.12 Tỷ lệ hài lòng chưa điền.",
      en: "4.11 ratings (12) is greater than 0 but 4.12 satisfaction is blank.",
    },
    {
      phrase: {
        code: "CHECK_FAILED",
        check: parseExpr("[6.14] >= weeks([0.4], [0.5])"),
        values: { "6.14": 40, "0.4": isoToExcelSerial("2023-10-01"), "0.5": isoToExcelSerial("2024-09-30") },
        labels: LABELS,
      },
      vi: "6.14 Số kỳ tiếp công dân (40) nhỏ hơn số tuần của kỳ báo cáo (52).",
      en: "6.14 citizen receptions (40) is less than the weeks of the period (52).",
    },
  ],
  SECTION_EMPTY: [
    {
      phrase: { code: "SECTION_EMPTY", section: "II", count: 7, first: "2.1", last: "2.7" },
      vi: "Mục II chưa điền số liệu nào (7 chỉ tiêu, từ 2.1 đến 2.7).",
      en: "Section II has no figures yet (7 indicators, 2.1 to 2.7).",
    },
  ],
  NOT_FILLED: [
    {
      phrase: { code: "NOT_FILLED", item: ITEM, count: true },
      vi: "6.20 Số vụ việc đã giải quyết: chưa điền (nhập 0 nếu không phát sinh).",
      en: "6.20 resolved: not filled in (type 0 if there was none).",
    },
    {
      phrase: {
        code: "NOT_FILLED",
        item: { code: "0.2", label: { vi: "Tên đơn vị", en: "unit name" } },
        count: false,
      },
      vi: "0.2 Tên đơn vị: chưa điền.",
      en: "0.2 unit name: not filled in.",
    },
  ],
  SENT_LATE: [
    {
      phrase: {
        code: "SENT_LATE",
        indicator: "7.1",
        sent: isoToExcelSerial("2024-10-20"),
        deadline: "2024-10-15",
      },
      vi: "7.1 Ngày gửi báo cáo 20/10/2024 sau hạn 15/10/2024.",
      en: "7.1 The report was sent on 20/10/2024, after the deadline 15/10/2024.",
    },
  ],
  YEAR_UNREADABLE: [
    {
      phrase: { code: "YEAR_UNREADABLE" },
      vi: "Không đọc được năm báo cáo của trang.",
      en: "The sheet's report year cannot be read.",
    },
  ],
  WRONG_YEAR: [
    {
      phrase: { code: "WRONG_YEAR", year: 2023, expected: 2024 },
      vi: "Trang là báo cáo năm 2023, không phải năm 2024 đang tổng hợp.",
      en: "The sheet reports 2023, not 2024, the year being collected.",
    },
  ],
  PERIOD_DATE: [
    {
      phrase: {
        code: "PERIOD_DATE",
        item: { code: "0.4", label: { vi: "Từ ngày", en: "period from" } },
        value: isoToExcelSerial("2023-01-01"),
        year: 2024,
        expected: "2023-10-01",
      },
      vi: "0.4 Từ ngày là 01/01/2023, kỳ báo cáo năm 2024 là 01/10/2023.",
      en: "0.4 period from is 01/01/2023; the 2024 period says 01/10/2023.",
    },
  ],
  EVIDENCE_OUTSIDE_PERIOD: [
    {
      phrase: {
        code: "EVIDENCE_OUTSIDE_PERIOD",
        section: "I",
        from: "2023-10-01",
        to: "2024-09-30",
        documents: [
          { symbol: "12/KH-UBND", dateText: "05/03/2022" },
          { symbol: "3/QĐ-UBND", dateText: "01/10/2024" },
        ],
      },
      vi: "Minh chứng mục I dẫn văn bản ngoài kỳ báo cáo (01/10/2023–30/09/2024): 12/KH-UBND ngày 05/03/2022; 3/QĐ-UBND ngày 01/10/2024.",
      en: "Evidence of section I cites documents outside the period (01/10/2023–30/09/2024): 12/KH-UBND of 05/03/2022; 3/QĐ-UBND of 01/10/2024.",
    },
  ],
  EVIDENCE_MISSING: [
    {
      phrase: {
        code: "EVIDENCE_MISSING",
        section: "II",
        figures: [
          { code: "2.1", value: 1200 },
          { code: "2.2", value: 3 },
          { code: "2.3", value: 4 },
          { code: "2.4", value: 5 },
        ],
      },
      vi: "Mục II có số liệu (2.1: 1.200; 2.2: 3; 2.3: 4) nhưng chưa ghi minh chứng.",
      en: "Section II has figures (2.1: 1200; 2.2: 3; 2.3: 4) but no evidence.",
    },
  ],
  LIST_ROW_INCOMPLETE: [
    {
      phrase: {
        code: "LIST_ROW_INCOMPLETE",
        name: "Chợ văn minh",
        columns: [
          { vi: "Cấp", en: "level" },
          { vi: "Lĩnh vực", en: "field" },
        ],
      },
      vi: "Mô hình “Chợ văn minh” chưa ghi cấp, lĩnh vực.",
      en: "Model “Chợ văn minh” has no level, field.",
    },
  ],
  LIST_ROW_NOT_AN_OPTION: [
    {
      phrase: {
        code: "LIST_ROW_NOT_AN_OPTION",
        name: "Chợ văn minh",
        column: { vi: "Cấp", en: "level" },
        value: "Tỉnh",
        options: ["Xã", "Huyện"],
      },
      vi: "Mô hình “Chợ văn minh”: Cấp “Tỉnh” không thuộc danh sách (Xã, Huyện).",
      en: "Model “Chợ văn minh”: level “Tỉnh” is not one of Xã, Huyện.",
    },
  ],
  LIST_NAME_TWICE: [
    {
      phrase: { code: "LIST_NAME_TWICE", name: "Chợ văn minh", first: 40, row: 43 },
      vi: "Mô hình “Chợ văn minh” ghi hai lần trong danh sách (hàng 40 và 43).",
      en: "Model “Chợ văn minh” is listed twice (rows 40 and 43).",
    },
  ],
  LIST_NAME_ELSEWHERE: [
    {
      phrase: {
        code: "LIST_NAME_ELSEWHERE",
        name: "Chợ văn minh",
        unit: "Xã Xuân Hòa",
        where: "DVCQ_2025_XA-XUAN-HOA.xlsx › XA-XUAN-HOA 2025",
      },
      vi: "Mô hình “Chợ văn minh” cũng có trong danh sách của Xã Xuân Hòa (DVCQ_2025_XA-XUAN-HOA.xlsx › XA-XUAN-HOA 2025); nếu là cùng một mô hình, chỉ đơn vị chủ trì ghi.",
      en: "Model “Chợ văn minh” is also listed by Xã Xuân Hòa (DVCQ_2025_XA-XUAN-HOA.xlsx › XA-XUAN-HOA 2025); if it is the same model, only the unit leading it lists it.",
    },
  ],
  LIST_TALLY: [
    {
      phrase: { code: "LIST_TALLY", item: ITEM, typed: 1200, section: "III", counted: 3 },
      vi: "6.20 Số vụ việc đã giải quyết là 1.200, danh sách mục III có 3.",
      en: "6.20 resolved is 1200; the list in section III has 3.",
    },
  ],
  UNIT_NOT_IN_LIST: [
    {
      phrase: { code: "UNIT_NOT_IN_LIST", typed: "XA-MOI" },
      vi: "Mã đơn vị “XA-MOI” không có trong danh sách đơn vị.",
      en: "Unit code “XA-MOI” is not in the unit list.",
    },
  ],
  UNIT_KIND: [
    {
      phrase: { code: "UNIT_KIND", typed: "C", unit: "Xã Xuân Hòa", kind: "X" },
      vi: "Loại đơn vị ghi là C nhưng Xã Xuân Hòa thuộc loại X.",
      en: "Unit kind is C but Xã Xuân Hòa is of kind X.",
    },
  ],
  UNIT_INACTIVE: [
    {
      phrase: { code: "UNIT_INACTIVE", unit: "Xã Xuân Hòa", year: 2026 },
      vi: "Xã Xuân Hòa không còn hoạt động trong kỳ báo cáo năm 2026.",
      en: "Xã Xuân Hòa is not active in the 2026 report period.",
    },
  ],
  CROSS_YEAR: [
    {
      phrase: {
        code: "CROSS_YEAR",
        item: { code: "4.2", label: { vi: "Số hồ sơ kỳ trước chuyển sang", en: "files carried in" } },
        year: 2025,
        value: 1234,
        op: "=",
        last: [{ code: "4.7", label: { vi: "Số hồ sơ đang giải quyết", en: "pending" } }],
        lastYear: 2024,
        lastValue: 4,
        formedFrom: [],
      },
      vi: "4.2 Số hồ sơ kỳ trước chuyển sang năm 2025 (1.234) khác 4.7 Số hồ sơ đang giải quyết năm 2024 (4).",
      en: "4.2 files carried in (2025: 1.234) differs from 4.7 pending (2024: 4).",
    },
    {
      phrase: {
        code: "CROSS_YEAR",
        item: { code: "3.3", label: { vi: "Mô hình duy trì", en: "models kept" } },
        year: 2025,
        value: 7,
        op: "<=",
        last: ["3.1", "3.2", "3.3"].map((code) => ({ code, label: { vi: "x", en: "x" } })),
        lastYear: 2024,
        lastValue: 5,
        formedFrom: ["Xã A", "Xã B"],
      },
      vi: "3.3 Mô hình duy trì năm 2025 (7) lớn hơn tổng 3.1 + 3.2 + 3.3 năm 2024 (5, cộng của Xã A, Xã B).",
      en: "3.3 models kept (2025: 7) is more than the sum 3.1 + 3.2 + 3.3 (2024: 5, adding up Xã A, Xã B).",
    },
    {
      phrase: {
        code: "CROSS_YEAR",
        item: { code: "4.2", label: { vi: "Số hồ sơ kỳ trước chuyển sang", en: "files carried in" } },
        year: 2025,
        value: 1,
        op: ">=",
        last: [{ code: "4.7", label: { vi: "Số hồ sơ đang giải quyết", en: "pending" } }],
        lastYear: 2024,
        lastValue: 4,
        formedFrom: ["Xã A"],
      },
      vi: "4.2 Số hồ sơ kỳ trước chuyển sang năm 2025 (1) nhỏ hơn 4.7 Số hồ sơ đang giải quyết năm 2024 (4, cộng của Xã A).",
      en: "4.2 files carried in (2025: 1) is less than 4.7 pending (2024: 4, adding up Xã A).",
    },
  ],
  DUPLICATE_SUBMISSION: [
    {
      phrase: {
        code: "DUPLICATE_SUBMISSION",
        unit: "Xã Xuân Hòa",
        year: 2024,
        first: "a.xlsx › XA-XUAN-HOA 2024",
      },
      vi: "Xã Xuân Hòa đã có báo cáo năm 2024 ở a.xlsx › XA-XUAN-HOA 2024; đây là bản thứ hai.",
      en: "Xã Xuân Hòa already has a 2024 report in a.xlsx › XA-XUAN-HOA 2024; this is a second one.",
    },
  ],
  FILE_UNIT_UNKNOWN: [
    {
      phrase: { code: "FILE_UNIT_UNKNOWN" },
      vi: "Mã đơn vị trong tệp không có trong danh sách đơn vị; hãy kiểm tra ô Mã đơn vị (0.1) hoặc danh sách đơn vị.",
      en: "The unit code in the file is not in the unit list; check the unit code cell (0.1) or the unit list.",
    },
  ],
  FILE_OTHER_YEAR: [
    {
      phrase: { code: "FILE_OTHER_YEAR", year: 2023, expected: 2024 },
      vi: "Báo cáo năm 2023, không phải năm 2024 đang tổng hợp.",
      en: "The report is for 2023, not for 2024, the year being rolled up.",
    },
    {
      phrase: { code: "FILE_OTHER_YEAR", year: null, expected: 2024 },
      vi: "Báo cáo không ghi năm, không phải năm 2024 đang tổng hợp.",
      en: "The report is without a year, not for 2024, the year being rolled up.",
    },
  ],
  FILE_UNIT_NOT_EXPECTED: [
    {
      phrase: { code: "FILE_UNIT_NOT_EXPECTED", unit: "Xã Xuân Hòa", year: 2026 },
      vi: "Xã Xuân Hòa không thuộc danh sách đơn vị phải báo cáo năm 2026.",
      en: "Xã Xuân Hòa is not among the units that report for 2026.",
    },
  ],
  REGISTRY_COLUMNS: [
    {
      phrase: {
        code: "REGISTRY_COLUMNS",
        line: 1,
        missing: ["name", "kind"],
        columns: ["code", "name", "kind"],
      },
      vi: "Danh sách đơn vị thiếu cột: name, kind. Dòng đầu phải là: code, name, kind.",
      en: "The unit list lacks the column(s): name, kind. The first row must be: code, name, kind.",
    },
  ],
  REGISTRY_ROW: [
    {
      phrase: { code: "REGISTRY_ROW", line: 4, row: "kind" },
      vi: "Dòng 4 (loại đơn vị) bị bỏ qua: cần mã loại (chữ in hoa, số, tối đa 8 ký tự, không lặp) và tên loại.",
      en: "Line 4 (a kind of unit) was skipped: it needs a kind code (capitals, digits, at most 8, not repeated) and a label.",
    },
    {
      phrase: { code: "REGISTRY_ROW", line: 7, row: "unit", office: "office" },
      vi: "Dòng 7 của danh sách đơn vị bị bỏ qua: cần mã (chữ in hoa, số, dấu -, tối đa 26 ký tự), tên, loại X, C hoặc office, ngày dạng yyyy-mm-dd.",
      en: "Line 7 of the unit list was skipped: it needs a code (capitals, digits, -, at most 26), a name, kind X, C or office, dates as yyyy-mm-dd.",
    },
    {
      phrase: { code: "REGISTRY_ROW", line: 10, row: "kind unknown", kind: "Q", kinds: ["X", "C", "D"] },
      vi: "Dòng 10 của danh sách đơn vị bị bỏ qua: loại “Q” không có trong các loại đơn vị (X, C, D).",
      en: "Line 10 of the unit list was skipped: kind “Q” is not among the kinds of unit (X, C, D).",
    },
  ],
  REGISTRY_DUPLICATE: [
    {
      phrase: { code: "REGISTRY_DUPLICATE", line: 4, unit: "XA-A" },
      vi: "Mã đơn vị XA-A lặp lại ở dòng 4; dòng này bị bỏ qua.",
      en: "Unit code XA-A is repeated on line 4; that line was skipped.",
    },
  ],
  REGISTRY_TO_FILL: [
    {
      phrase: { code: "REGISTRY_TO_FILL", line: 4, rows: ["CQ-NOI-VU", "XA-A"], placeholder: "yyyy-mm-dd" },
      vi: "2 dòng chưa được tính vì ngày còn để yyyy-mm-dd (CQ-NOI-VU, XA-A): ghi ngày bắt đầu valid_from cho đơn vị còn hoạt động trong kỳ mới, sửa tên và predecessors của đơn vị đã hợp nhất, xóa dòng đơn vị không còn.",
      en: "2 line(s) do not count yet, their dates still yyyy-mm-dd (CQ-NOI-VU, XA-A): type valid_from for the units still operating in the new period, correct the names and predecessors of merged units, delete the lines of units that are gone.",
    },
  ],
  REGISTRY_EMPTY: [
    {
      phrase: { code: "REGISTRY_EMPTY", line: null },
      vi: "Danh sách đơn vị không có đơn vị nào.",
      en: "The unit list has no unit.",
    },
  ],
  PREVIOUS_NOT_FACTS: [
    {
      phrase: { code: "PREVIOUS_NOT_FACTS" },
      vi: "không phải báo cáo tổng hợp (.xlsx) hay tệp CSV số liệu (rollup --facts) do DVCQ lập.",
      en: "not a district report (.xlsx) or facts CSV (rollup --facts) written by DVCQ.",
    },
  ],
  PREVIOUS_COLUMNS_MISSING: [
    {
      phrase: { code: "PREVIOUS_COLUMNS_MISSING", sheet: "Dữ liệu", missing: ["Năm", "Kiểu"] },
      vi: "không phải bảng dữ liệu do DVCQ lập (trang “Dữ liệu” của báo cáo tổng hợp, hoặc tệp CSV của dvcq rollup --facts): thiếu cột Năm, Kiểu.",
      en: "not a facts table written by DVCQ (the “Dữ liệu” sheet of a district report, or the CSV of dvcq rollup --facts): no column Năm, Kiểu.",
    },
  ],
  PREVIOUS_CODE_MISSING: [
    {
      phrase: { code: "PREVIOUS_CODE_MISSING", line: 3 },
      vi: "dòng 3: thiếu mã đơn vị hoặc mã chỉ tiêu.",
      en: "line 3: no unit code or indicator code.",
    },
  ],
  PREVIOUS_TWICE: [
    {
      phrase: { code: "PREVIOUS_TWICE", line: 9, indicator: "6.20", unit: "XA-A", year: 2024, first: 4 },
      vi: "dòng 9: chỉ tiêu 6.20 của đơn vị XA-A năm 2024 có hai lần (dòng 4 và 9).",
      en: "line 9: indicator 6.20 of unit XA-A for 2024 appears twice (lines 4 and 9).",
    },
  ],
  PREVIOUS_NOT_A_NUMBER: [
    {
      phrase: { code: "PREVIOUS_NOT_A_NUMBER", line: 5, typed: "12 buổi", indicator: "1.3", unit: "XA-A" },
      vi: "dòng 5: giá trị “12 buổi” của chỉ tiêu 1.3, đơn vị XA-A không phải số.",
      en: "line 5: the value “12 buổi” of indicator 1.3, unit XA-A is not a number.",
    },
  ],
  PREVIOUS_NO_FIGURES: [
    { phrase: { code: "PREVIOUS_NO_FIGURES" }, vi: "không có dòng số liệu nào.", en: "holds no figures." },
  ],
  PREVIOUS_NO_YEAR: [
    {
      phrase: { code: "PREVIOUS_NO_YEAR", year: 2025, found: [2023, 2024] },
      vi: "không có số liệu năm 2025 (năm trước của năm báo cáo 2026); tệp có số liệu năm 2023, 2024.",
      en: "holds no figures for 2025 (the year before the report year 2026); it has figures for 2023, 2024.",
    },
  ],
  PREVIOUS_SHEET_TOO_LARGE: [
    {
      phrase: { code: "PREVIOUS_SHEET_TOO_LARGE", sheet: "Dữ liệu" },
      vi: "trang “Dữ liệu” quá lớn để đọc; hãy dùng tệp CSV số liệu năm trước (dvcq rollup --facts TỆP.csv).",
      en: "its “Dữ liệu” sheet is too large to read; use last year's facts CSV (dvcq rollup --facts FILE.csv).",
    },
  ],
  PREVIOUS_IS_TEMPLATE: [
    {
      phrase: { code: "PREVIOUS_IS_TEMPLATE", year: 2024 },
      vi: "là mẫu biểu của một đơn vị, không phải báo cáo tổng hợp năm trước; hãy dùng báo cáo tổng hợp (DVCQ_2024_TongHop.xlsx) hoặc tệp CSV của dvcq rollup --facts.",
      en: "is a unit's template, not last year's district report; use the district report (DVCQ_2024_TongHop.xlsx) or the CSV of dvcq rollup --facts.",
    },
    {
      phrase: { code: "PREVIOUS_IS_TEMPLATE", year: null },
      vi: "là mẫu biểu của một đơn vị, không phải báo cáo tổng hợp năm trước; hãy dùng báo cáo tổng hợp (DVCQ_NĂM_TongHop.xlsx) hoặc tệp CSV của dvcq rollup --facts.",
      en: "is a unit's template, not last year's district report; use the district report (DVCQ_YEAR_TongHop.xlsx) or the CSV of dvcq rollup --facts.",
    },
  ],
  PREVIOUS_NO_SHEET: [
    {
      phrase: { code: "PREVIOUS_NO_SHEET", sheet: "Dữ liệu" },
      vi: "không có trang “Dữ liệu” của báo cáo tổng hợp DVCQ.",
      en: "has no “Dữ liệu” sheet of a DVCQ district report.",
    },
  ],
};

const CASES = Object.values(SAMPLES).flatMap((samples: Sample<PhraseCode>[]) =>
  samples.flatMap((s) =>
    (["vi", "en"] as const).map((lang) => [s.phrase.code, lang, s.phrase, s[lang]] as const),
  ),
);

test.each(CASES)("%s in %s", (_code, lang, phrase, sentence) => {
  expect(say(phrase, lang)).toBe(sentence);
});

test("a sentence a host worded itself passes through in the language asked", () => {
  const worded = { vi: "Sổ tính đang được bảo vệ.", en: "The workbook is protected." };
  expect([say(worded, "vi"), say(worded, "en")]).toEqual([worded.vi, worded.en]);
});
