import type { Lang, Message } from "../domain/i18n/lang";
import type { CommandName, COMMANDS, COMMON_OPTIONS } from "./args";

/** Every sentence the command line prints, in both languages. */
export const CLI_TEXT = {
  usage: {
    vi: `DVCQ — mẫu biểu, kiểm tra và tổng hợp báo cáo Chỉ thị 03/CT-UBND

Cách dùng:
  dvcq template --year 2024 --unit XA-XUAN-HOA --out TỆP.xlsx
  dvcq template --year 2024 --all --out THƯ_MỤC        (mỗi đơn vị một tệp)
  dvcq check TỆP... [--year 2024] [--json]
  dvcq rollup TỆP... --year 2024 --out BÁO_CÁO.xlsx [--json TÓM_TẮT.json] [--feedback THƯ_MỤC]
  dvcq demo [--out THƯ_MỤC]
  dvcq registry [--example | --year 2026] [--out DANH_SÁCH.csv]   (danh sách đơn vị để sửa)
Không có --year: năm có hạn nộp (14/10) sắp đến hoặc vừa qua trong năm nay.
Tùy chọn chung: --units DANH_SÁCH.csv  --catalogue MẪU.json  --lang vi|en
TỆP... có thể là tệp, thư mục hoặc mẫu như *.xlsx.
Giải thích từng lệnh: dvcq <lệnh> --help (hoặc dvcq help <lệnh>). Phiên bản: dvcq --version.`,
    en: `DVCQ — templates, checks and roll-up of the Directive 03/CT-UBND report

Usage:
  dvcq template --year 2024 --unit XA-XUAN-HOA --out FILE.xlsx
  dvcq template --year 2024 --all --out DIR           (one file per unit)
  dvcq check FILE... [--year 2024] [--json]
  dvcq rollup FILE... --year 2024 --out REPORT.xlsx [--json SUMMARY.json] [--feedback DIR]
  dvcq demo [--out DIR]
  dvcq registry [--example | --year 2026] [--out REGISTRY.csv]    (a unit list to edit)
Without --year: the year whose deadline (14/10) is next or has just passed this year.
Common options: --units REGISTRY.csv  --catalogue CATALOGUE.json  --lang vi|en
FILE... may be files, folders or patterns such as *.xlsx.
Each command explained: dvcq <command> --help (or dvcq help <command>). Version: dvcq --version.`,
  },
  version: { vi: "dvcq {0} (mẫu biểu {1})", en: "dvcq {0} (template {1})" },
  unknownCommand: { vi: "Không có lệnh “{0}”.", en: "There is no command “{0}”." },
  unknownOption: {
    vi: "Lệnh {1} không có tùy chọn “{0}”.",
    en: "The {1} command has no option “{0}”.",
  },
  optionNotForCommand: {
    vi: "Tùy chọn “{0}” không dùng với lệnh {1}.",
    en: "Option “{0}” is not used with the {1} command.",
  },
  seeHelp: { vi: "Xem: dvcq {0} --help", en: "See: dvcq {0} --help" },
  missingValue: { vi: "Tùy chọn {0} cần một giá trị.", en: "Option {0} needs a value." },
  flagTakesNoValue: {
    vi: "Tùy chọn {0} không nhận giá trị; chỉ ghi {0}.",
    en: "Option {0} takes no value; write just {0}.",
  },
  optionTwice: {
    vi: "Tùy chọn {0} được ghi hai lần; chỉ ghi một lần.",
    en: "Option {0} is given twice; give it once.",
  },
  unexpectedArgument: {
    vi: "Lệnh {0} không nhận tệp hay từ “{1}”.",
    en: "The {0} command takes no file or word “{1}”.",
  },
  argsNotUnderstood: {
    vi: "Không hiểu được dòng lệnh: {0}",
    en: "The command line is not understood: {0}",
  },
  badLang: {
    vi: "Không có ngôn ngữ “{0}”: dùng --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh).",
    en: "There is no language “{0}”: use --lang vi (Vietnamese) or --lang en (English).",
  },
  didYouMean: { vi: "Có phải là {0}?", en: "Did you mean {0}?" },
  or: { vi: " hay ", en: " or " },
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
  unitNotValid: {
    vi: "Đơn vị {0} không còn hoạt động trong kỳ báo cáo năm {1} (theo danh sách đơn vị).",
    en: "Unit {0} is not active in the {1} report period (per the unit list).",
  },
  noUnitsInYear: {
    vi: `Danh sách đơn vị có sẵn không có đơn vị nào hoạt động trong kỳ báo cáo năm {0} ({1} – {2}){3}. Hãy dùng danh sách đơn vị của mình: thêm --units DANH_SÁCH.csv. Để có tệp mà sửa:
  dvcq registry --year {0} --out don-vi.csv     (danh sách cuối cùng, ngày để trống cho anh/chị ghi)
  dvcq registry --example --out don-vi.csv      (tệp ví dụ, giải thích từng cột)`,
    en: `The built-in unit list has no unit active in the {0} report period ({1} – {2}){3}. Use your own unit list: add --units REGISTRY.csv. To get a file to edit:
  dvcq registry --year {0} --out units.csv --lang en   (the last list, its dates left for you to fill)
  dvcq registry --example --out units.csv --lang en    (an example, every column explained)`,
  },
  noUnitsInYearFile: {
    vi: "Danh sách đơn vị {4} không có đơn vị nào hoạt động trong kỳ báo cáo năm {0} ({1} – {2}){3}. Hãy ghi ngày valid_from, valid_to của các đơn vị trong kỳ đó vào {4} (xem: dvcq registry --example), hoặc chọn năm khác.",
    en: "Unit list {4} has no unit active in the {0} report period ({1} – {2}){3}. Give its units valid_from / valid_to dates covering that period in {4} (see: dvcq registry --example), or choose another year.",
  },
  listEnded: { vi: "; danh sách hết hiệu lực ngày {0}", en: "; the list ended on {0}" },
  defaultYearNext: {
    vi: "Năm báo cáo {0} (không có --year: năm có hạn nộp {1} sắp đến).",
    en: "Report year {0} (no --year given: the year whose deadline, {1}, is next).",
  },
  defaultYearPassed: {
    vi: "Năm báo cáo {0} (không có --year: năm có hạn nộp {1} vừa qua).",
    en: "Report year {0} (no --year given: the year whose deadline, {1}, has just passed).",
  },
  registryTargetExists: {
    vi: "Tệp {0} đã có; không ghi đè. Chọn tên khác, hoặc thêm --force để thay.",
    en: "{0} already exists; not overwritten. Choose another name, or add --force to replace it.",
  },
  wroteRegistryExample: {
    vi: "Đã ghi danh sách đơn vị ví dụ: {0}. Sửa thành đơn vị của mình rồi dùng: --units {0}",
    en: "Wrote the example unit list: {0}. Edit it into your own, then use: --units {0}",
  },
  wroteRegistry: {
    vi: "Đã ghi danh sách đơn vị đang dùng ({1} đơn vị): {0}",
    en: "Wrote the unit list in use ({1} units): {0}",
  },
  wroteRegistryDraft: {
    vi: "Đã ghi bản nháp danh sách đơn vị năm {1}: {0}, từ {2} đơn vị còn hiệu lực đến ngày {3}. Ghi ngày valid_from cho đơn vị còn hoạt động, sửa tên và predecessors của đơn vị mới hợp nhất, xóa dòng đơn vị không còn; rồi dùng: --units {0}",
    en: "Wrote a draft {1} unit list: {0}, from the {2} units valid until {3}. Type valid_from for the units still operating, correct the names and predecessors of merged units, delete the rest; then use: --units {0}",
  },
  cannotRead: { vi: "Không đọc được tệp {0}: {1}", en: "Cannot read {0}: {1}" },
  cannotWrite: { vi: "Không ghi được vào {0}: {1}", en: "Cannot write to {0}: {1}" },
  registryProblem: { vi: "Danh sách đơn vị {0}: {1}", en: "Unit list {0}: {1}" },
  catalogueProblem: { vi: "Tệp mẫu biểu {0} không dùng được: {1}", en: "Catalogue {0} cannot be used: {1}" },
  previousProblem: {
    vi: "Tệp số liệu năm trước {0} không dùng được: {1}",
    en: "Last year's figures {0} cannot be used: {1}",
  },
  previousNotFacts: {
    vi: "không phải báo cáo tổng hợp (.xlsx) hay tệp CSV số liệu (rollup --facts) do DVCQ lập.",
    en: "not a district report (.xlsx) or facts CSV (rollup --facts) written by DVCQ.",
  },
  comparedWithPrevious: {
    vi: "So sánh với cùng kỳ năm {0} (tệp {1}): số liệu của {2} đơn vị năm {0} tính cho {3}/{4} đơn vị năm {5}; trang “So với cùng kỳ”.",
    en: "Compared with {0} (file {1}): the figures of {2} units of {0} counted for {3}/{4} units of {5}; sheet “So với cùng kỳ”.",
  },
  catalogueNotJson: {
    vi: "tệp không phải JSON hợp lệ ({0})",
    en: "the file is not valid JSON ({0})",
  },

  // Why the system refused a file or folder: the end of a sentence naming it.
  fsNotFound: {
    vi: "không có tệp hay thư mục nào tên như vậy",
    en: "there is no file or folder of that name",
  },
  fsNoPermission: {
    vi: "không có quyền (hãy xin quyền đọc/ghi hoặc chép tệp sang thư mục của mình)",
    en: "permission denied (ask for access, or copy the file into a folder of your own)",
  },
  fsIsFolder: { vi: "đây là một thư mục, không phải tệp", en: "it is a folder, not a file" },
  fsNotFolder: {
    vi: "một phần của đường dẫn là tệp, không phải thư mục",
    en: "part of the path is a file, not a folder",
  },
  fsBusy: {
    vi: "tệp đang được mở trong chương trình khác (đóng tệp trong Excel rồi chạy lại)",
    en: "the file is open in another program (close it in Excel and run again)",
  },
  fsNoSpace: { vi: "ổ đĩa đã đầy", en: "the disk is full" },
  fsReadOnly: { vi: "ổ đĩa chỉ cho đọc", en: "the disk is read-only" },
  fsTooManyOpen: {
    vi: "quá nhiều tệp đang mở cùng lúc; hãy chạy lại",
    en: "too many files are open at once; run again",
  },
  fsNameTooLong: { vi: "tên hoặc đường dẫn quá dài", en: "the name or path is too long" },
  fsOther: { vi: "hệ thống từ chối thao tác", en: "the system refused the operation" },

  // Inputs.
  inputNotFound: {
    vi: "Không tìm thấy {0}: không có tệp hay thư mục nào tên như vậy.",
    en: "{0} is not found: there is no file or folder of that name.",
  },
  inputNoPermission: {
    vi: "Không mở được {0}: không có quyền đọc.",
    en: "Cannot open {0}: no permission to read it.",
  },
  inputUnreadable: { vi: "Không mở được {0}: {1}.", en: "Cannot open {0}: {1}." },
  folderEmpty: {
    vi: "Thư mục {0} không có tệp .xlsx hoặc .xlsm nào.",
    en: "Folder {0} holds no .xlsx or .xlsm file.",
  },
  folderEmptyTryRecursive: {
    vi: "Thư mục {0} không có tệp .xlsx hoặc .xlsm nào (có trong thư mục con: thêm --recursive).",
    en: "Folder {0} holds no .xlsx or .xlsm file (there are some in subfolders: add --recursive).",
  },
  noMatch: { vi: "Không có tệp nào khớp với {0}.", en: "No file matches {0}." },
  noInputFiles: {
    vi: "Không có tệp báo cáo nào của đơn vị để đọc.",
    en: "There is no unit report to read.",
  },
  skippedReport: {
    vi: "Bỏ qua {0}: đây là báo cáo tổng hợp do dvcq ghi, không phải báo cáo của đơn vị.",
    en: "Skipped {0}: it is a district report written by dvcq, not a unit's report.",
  },
  skippedFeedback: {
    vi: "Bỏ qua {0}: đây là phiếu phản hồi do dvcq ghi, không phải báo cáo của đơn vị.",
    en: "Skipped {0}: it is a feedback sheet written by dvcq, not a unit's report.",
  },
  skippedSummary: {
    vi: "Bỏ qua {0}: đây là tệp tóm tắt JSON do dvcq ghi.",
    en: "Skipped {0}: it is a JSON summary written by dvcq.",
  },
  skippedFindings: {
    vi: "Bỏ qua {0}: đây là kết quả kiểm tra JSON do dvcq ghi.",
    en: "Skipped {0}: it is a list of findings written by dvcq as JSON.",
  },
  skippedLock: {
    vi: "Bỏ qua {0}: đây là tệp khóa Excel tạo ra khi một bảng tính đang mở.",
    en: "Skipped {0}: it is the lock file Excel makes while a workbook is open.",
  },
  skippedTemporary: {
    vi: "Bỏ qua {0}: đây là tệp tạm của một lần chạy dvcq bị ngắt; có thể xóa.",
    en: "Skipped {0}: it is a temporary file of an interrupted dvcq run; it can be deleted.",
  },

  // Outputs.
  outputIsInput: {
    vi: "Không ghi {0} vào {1}: đó là tệp đầu vào {2}. Chọn một tên khác cho {0}.",
    en: "Not writing {0} to {1}: it is the input {2}. Choose another name for {0}.",
  },
  outIsJson: {
    vi: "--out {0} và --json {1} là cùng một tệp; chọn hai tên khác nhau.",
    en: "--out {0} and --json {1} are the same file; choose two different names.",
  },
  outputIsFolder: {
    vi: "Không ghi được vào {0}: đây là một thư mục; hãy ghi tên tệp.",
    en: "Cannot write to {0}: it is a folder; give a file name.",
  },
  targetExists: {
    vi: "Tệp {0} đã có; không ghi đè. Thêm --force để thay bằng mẫu biểu mới.",
    en: "{0} already exists; not overwritten. Add --force to replace it with a new template.",
  },
  targetsExist: {
    vi: "Không ghi gì: {0} tệp đã có trong {1} ({2}). Thêm --force để thay bằng mẫu biểu mới.",
    en: "Nothing written: {0} file(s) already exist in {1} ({2}). Add --force to replace them with new templates.",
  },
  targetHasWork: {
    vi: "Không ghi đè {0}: tệp có {1} số liệu và {2} ô minh chứng đơn vị đã nhập. Hãy chọn tên khác hoặc chép tệp sang nơi khác trước.",
    en: "Not overwriting {0}: it holds {1} figure(s) and {2} evidence cell(s) a unit typed. Choose another name, or move the file first.",
  },
  targetTooLarge: {
    vi: "Không ghi đè {0}: tệp quá lớn để DVCQ xem có số liệu đơn vị đã nhập hay không. Hãy chọn tên khác.",
    en: "Not overwriting {0}: it is too large for DVCQ to tell whether it holds figures a unit typed. Choose another name.",
  },
  targetsHaveWork: {
    vi: "Không ghi gì: {0} tệp trong {1} có số liệu đơn vị đã nhập, kể cả với --force: {2}.",
    en: "Nothing written: {0} file(s) in {1} hold figures a unit typed, even with --force: {2}.",
  },
  workCount: { vi: "{0} ({1} số liệu, {2} minh chứng)", en: "{0} ({1} figures, {2} evidence)" },
  notOurReport: {
    vi: "Tệp {0} đã có và không phải báo cáo tổng hợp do dvcq ghi; không ghi đè. Chọn tên khác, hoặc thêm --force.",
    en: "{0} already exists and is not a district report written by dvcq; not overwritten. Choose another name, or add --force.",
  },
  notOurFacts: {
    vi: "Tệp {0} đã có và không phải tệp dữ liệu CSV do dvcq ghi; không ghi đè. Chọn tên khác, hoặc thêm --force.",
    en: "{0} already exists and is not a facts CSV written by dvcq; not overwritten. Choose another name, or add --force.",
  },
  notOurSummary: {
    vi: "Tệp {0} đã có và không phải tệp tóm tắt JSON do dvcq ghi; không ghi đè. Chọn tên khác, hoặc thêm --force.",
    en: "{0} already exists and is not a JSON summary written by dvcq; not overwritten. Choose another name, or add --force.",
  },
  feedbackIsInput: {
    vi: "Không ghi phiếu phản hồi vào {0}: đó là đầu vào {1}, phiếu sẽ bị đọc như báo cáo ở lần sau. Chọn một thư mục khác cho --feedback.",
    en: "Not writing the feedback into {0}: it is the input {1}, and the sheets would be read as reports next time. Choose another folder for --feedback.",
  },
  feedbackIsOutput: {
    vi: "Không ghi phiếu phản hồi vào {0}: trùng với {1} {2}. Chọn một thư mục khác cho --feedback.",
    en: "Not writing the feedback to {0}: it is {1} {2}. Choose another folder for --feedback.",
  },
  feedbackNotFolder: {
    vi: "--feedback {0} là một tệp, không phải thư mục; hãy ghi tên một thư mục (mỗi đơn vị một tệp).",
    en: "--feedback {0} is a file, not a folder; give a folder (one file per unit).",
  },
  feedbackChanged: {
    vi: "Không ghi gì: {0} phiếu phản hồi trong {1} đã có và khác bản dvcq sẽ ghi (có thể đã được sửa): {2}. Chọn thư mục khác, hoặc thêm --force để thay.",
    en: "Nothing written: {0} feedback file(s) in {1} already exist and differ from what dvcq would write (they may have been edited): {2}. Choose another folder, or add --force to replace them.",
  },
  wroteFeedback: {
    vi: "Đã ghi {0} phiếu phản hồi vào {1}: {2}.",
    en: "Wrote {0} feedback sheet(s) (in Vietnamese) into {1}: {2}.",
  },
  noFeedback: {
    vi: "Không đơn vị nào có nội dung cần sửa: không ghi phiếu phản hồi nào vào {0}.",
    en: "No unit has anything to fix: no feedback written into {0}.",
  },
  staleFeedback: {
    vi: "Trong {0} còn {1} phiếu phản hồi của lần trước cho đơn vị nay không còn nội dung cần sửa (không xóa): {2}.",
    en: "{0} still holds {1} feedback file(s) of an earlier run for units with nothing to fix now (not deleted): {2}.",
  },
  badResendBy: {
    vi: "--resend-by {0}: {1}.",
    en: "--resend-by {0}: {1}.",
  },
  demoFolderTaken: {
    vi: "Thư mục {0} đã có tệp không phải do demo ghi; demo chỉ ghi vào thư mục mới, thư mục trống hoặc thư mục demo trước đó. Chọn một thư mục khác với --out.",
    en: "Folder {0} holds files the demo did not write; the demo writes only into a new or empty folder, or an earlier demo's. Choose another folder with --out.",
  },

  wroteTemplate: {
    vi: "Đã ghi mẫu biểu {0} ({1}, {2} chỉ tiêu): {3}",
    en: "Wrote the {0} template ({1}, {2} indicators): {3}",
  },
  wroteTemplates: {
    vi: "Đã ghi {0} mẫu biểu năm {1} vào {2} ({3}).",
    en: "Wrote {0} templates for {1} into {2} ({3}).",
  },
  needFiles: { vi: "Cần ít nhất một tệp .xlsx để kiểm tra.", en: "Give at least one .xlsx file to check." },
  wroteRollup: {
    vi: "Đã ghi báo cáo tổng hợp năm {0}: {1}. Đã nhận {2}/{3} đơn vị, {4} đúng hạn. Chưa gửi: {5}. Trễ hạn: {6}. Kiểm tra: {7} lỗi, {8} cảnh báo.",
    en: "Wrote the {0} district report: {1}. Received {2}/{3} units, {4} on time. Not sent: {5}. Late: {6}. Checks: {7} errors, {8} warnings.",
  },
  findingsSheet: {
    vi: "Từng lỗi và cảnh báo ({0}), theo đơn vị, tệp và ô: trang “{1}” của báo cáo tổng hợp.",
    en: "Every error and warning ({0}), by unit, file and cell: sheet “{1}” of the district workbook.",
  },
  rejectedHeading: {
    vi: "Không dùng được {0} tệp:",
    en: "{0} file(s) could not be used:",
  },
  rejectedLine: { vi: "  ✖ {0} [{1}] {2}", en: "  ✖ {0} [{1}] {2}" },
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

  // Per-command help: headings.
  helpUsage: { vi: "Cách dùng:", en: "Usage:" },
  helpFiles: { vi: "Tệp đầu vào:", en: "Input files:" },
  helpOptions: { vi: "Tùy chọn:", en: "Options:" },
  helpCommon: { vi: "Tùy chọn chung:", en: "Common options:" },
  helpExit: {
    vi: "Mã thoát: 0 xong, không có lỗi; 1 xong, có lỗi trong số liệu; 2 không chạy được (sai tùy chọn, không đọc hay ghi được).",
    en: "Exit codes: 0 done, no error; 1 done, with error findings; 2 could not run (bad options, cannot read or write).",
  },
  helpInputs: {
    vi: `  Mỗi TỆP là một tệp .xlsx/.xlsm, một thư mục (mọi tệp .xlsx/.xlsm trong đó; thư mục con
  chỉ khi có --recursive) hoặc một mẫu có * và ? như "hop-thu/*.xlsx" (dvcq tự mở rộng khi
  cửa sổ lệnh không làm, như cmd và PowerShell). Tệp nêu hai lần chỉ đọc một lần. Báo cáo
  tổng hợp và tệp JSON do dvcq ghi được nhận ra và bỏ qua, có ghi chú.`,
    en: `  Each FILE is an .xlsx/.xlsm file, a folder (every .xlsx/.xlsm in it; subfolders only with
  --recursive) or a pattern with * and ? such as "inbox/*.xlsx" (dvcq expands it when the shell
  does not, as cmd and PowerShell do not). A file named twice is read once. District reports
  and JSON files written by dvcq are recognised and skipped, with a note.`,
  },
} as const satisfies Record<string, Message>;

export type CliTextKey = keyof typeof CLI_TEXT;

export function say(lang: Lang, key: CliTextKey, ...args: (string | number)[]): string {
  return fill(CLI_TEXT[key][lang], args);
}

export function fill(text: string, args: readonly (string | number)[]): string {
  return text.replace(/\{(\d)\}/g, (_m, i: string) => String(args[Number(i)] ?? ""));
}

type OptionName<C extends CommandName> = keyof (typeof COMMANDS)[C]["options"] & string;

/** An option as help lists it: its value's placeholder (none for a flag) and what it does. */
export interface OptionHelp {
  value?: Message;
  text: Message;
}

/** What each command does and each of its options, for `dvcq <command> --help`. */
export const COMMAND_HELP: {
  [C in CommandName]: { usage: Message; about: Message; options: Record<OptionName<C>, OptionHelp> };
} = {
  template: {
    usage: {
      vi: `dvcq template --year NĂM --unit MÃ_ĐƠN_VỊ --out TỆP.xlsx [--force]
  dvcq template --year NĂM --all --out THƯ_MỤC [--force]`,
      en: `dvcq template --year YEAR --unit CODE --out FILE.xlsx [--force]
  dvcq template --year YEAR --all --out DIR [--force]`,
    },
    about: {
      vi: "Ghi mẫu biểu trống để gửi đơn vị nhập số liệu: một đơn vị, hoặc mỗi đơn vị một tệp DVCQ_<năm>_<mã>.xlsx.",
      en: "Writes blank templates for units to fill in: one unit, or one DVCQ_<year>_<code>.xlsx file per unit.",
    },
    options: {
      year: {
        value: { vi: "NĂM", en: "YEAR" },
        text: {
          vi: "năm báo cáo, ví dụ 2024 (mặc định: năm có hạn nộp sắp đến hoặc vừa qua)",
          en: "the report year, e.g. 2024 (default: the year whose deadline is next or just passed)",
        },
      },
      unit: {
        value: { vi: "MÃ", en: "CODE" },
        text: {
          vi: "mã đơn vị trong danh sách đơn vị, ví dụ XA-XUAN-HOA",
          en: "a unit code of the unit list, e.g. XA-XUAN-HOA",
        },
      },
      all: {
        text: {
          vi: "mỗi đơn vị hoạt động trong năm một tệp, ghi vào thư mục --out",
          en: "one file per unit active in the year, into the --out folder",
        },
      },
      out: {
        value: { vi: "TỆP|THƯ_MỤC", en: "FILE|DIR" },
        text: {
          vi: "tệp sẽ ghi (với --unit) hoặc thư mục (với --all) (bắt buộc)",
          en: "the file to write (with --unit) or the folder (with --all) (required)",
        },
      },
      force: {
        text: {
          vi: "thay tệp đã có bằng mẫu mới; không bao giờ thay tệp đã có số liệu đơn vị nhập",
          en: "replace existing files with new templates; never one holding figures a unit typed",
        },
      },
    },
  },
  check: {
    usage: {
      vi: "dvcq check TỆP... [--year NĂM] [--json] [--previous NĂM_TRƯỚC]",
      en: "dvcq check FILE... [--year YEAR] [--json] [--previous LAST_YEAR]",
    },
    about: {
      vi: "Kiểm tra số liệu các đơn vị đã nhập theo các quy tắc của mẫu biểu; không sửa tệp nào.",
      en: "Checks the figures units typed against the template's rules; changes no file.",
    },
    options: {
      year: {
        value: { vi: "NĂM", en: "YEAR" },
        text: {
          vi: "năm đang thu thập; trang của năm khác bị báo WRONG_YEAR",
          en: "the year being collected; a sheet of another year gets WRONG_YEAR",
        },
      },
      json: {
        text: {
          vi: "in danh sách kết quả dạng JSON ra đầu ra chuẩn, không in gì khác",
          en: "print the findings as a JSON array on standard output, and nothing else",
        },
      },
      previous: {
        value: { vi: "NĂM_TRƯỚC", en: "LAST_YEAR" },
        text: {
          vi: "báo cáo tổng hợp năm trước (.xlsx do dvcq ghi) hoặc tệp CSV của rollup --facts: kiểm tra 4.2 với 4.7 và 3.3 với số mô hình của năm trước (cảnh báo Y01, Y02)",
          en: "last year's district report (the .xlsx dvcq wrote) or the CSV of rollup --facts: checks 4.2 against 4.7 and 3.3 against last year's models (warnings Y01, Y02)",
        },
      },
      recursive: {
        text: { vi: "đọc cả thư mục con của thư mục đầu vào", en: "read subfolders of input folders too" },
      },
    },
  },
  rollup: {
    usage: {
      vi: "dvcq rollup TỆP... --year NĂM --out BÁO_CÁO.xlsx [--json TÓM_TẮT.json] [--feedback THƯ_MỤC] [--resend-by NGÀY] [--previous NĂM_TRƯỚC]",
      en: "dvcq rollup FILE... --year YEAR --out REPORT.xlsx [--json SUMMARY.json] [--feedback DIR] [--resend-by DATE] [--previous LAST_YEAR]",
    },
    about: {
      vi: "Kiểm tra và tổng hợp báo cáo các đơn vị thành báo cáo tổng hợp của huyện; nêu tên mọi tệp không dùng được.",
      en: "Checks and rolls up the units' reports into the district report; names every file it could not use.",
    },
    options: {
      year: {
        value: { vi: "NĂM", en: "YEAR" },
        text: {
          vi: "năm báo cáo (mặc định: năm có hạn nộp sắp đến hoặc vừa qua)",
          en: "the report year (default: the year whose deadline is next or just passed)",
        },
      },
      out: {
        value: { vi: "BÁO_CÁO.xlsx", en: "REPORT.xlsx" },
        text: {
          vi: "nơi ghi báo cáo tổng hợp (bắt buộc); không được là một tệp đầu vào",
          en: "where to write the district report (required); never one of the inputs",
        },
      },
      json: {
        value: { vi: "TÓM_TẮT.json", en: "SUMMARY.json" },
        text: {
          vi: "ghi thêm tóm tắt dạng JSON (đơn vị, chỉ tiêu, tệp không dùng được)",
          en: "also write a JSON summary (units, indicators, files not used)",
        },
      },
      facts: {
        value: { vi: "DỮ_LIỆU.csv", en: "FACTS.csv" },
        text: {
          vi: "ghi thêm bảng Dữ liệu dạng CSV (UTF-8): mỗi dòng một số liệu của một đơn vị, có tệp, trang, ô nguồn",
          en: "also write the Dữ liệu table as CSV (UTF-8): one row per figure of a unit, with its file, sheet and cell",
        },
      },
      feedback: {
        value: { vi: "THƯ_MỤC", en: "DIR" },
        text: {
          vi: "ghi phiếu phản hồi (DVCQ_NĂM_PhanHoi_MÃ.xlsx, một trang A4) cho mỗi đơn vị có nội dung cần sửa",
          en: "write a Phiếu phản hồi (DVCQ_YEAR_PhanHoi_CODE.xlsx, one A4 page, in Vietnamese) for each unit with something to fix",
        },
      },
      "resend-by": {
        value: { vi: "NGÀY", en: "DATE" },
        text: {
          vi: "ngày đề nghị đơn vị gửi (lại) báo cáo, dạng 25/10/2024 (mặc định: 7 ngày sau hạn nộp)",
          en: "the date units are asked to send (again) by, as 25/10/2024 (default: 7 days after the deadline)",
        },
      },
      previous: {
        value: { vi: "NĂM_TRƯỚC", en: "LAST_YEAR" },
        text: {
          vi: "báo cáo tổng hợp năm trước (.xlsx do dvcq ghi) hoặc tệp CSV của rollup --facts: thêm trang “So với cùng kỳ”, so sánh trong dự thảo báo cáo và kiểm tra Y01, Y02",
          en: "last year's district report (the .xlsx dvcq wrote) or the CSV of rollup --facts: adds the sheet “So với cùng kỳ”, the comparison in the draft and the checks Y01, Y02",
        },
      },
      recursive: {
        text: { vi: "đọc cả thư mục con của thư mục đầu vào", en: "read subfolders of input folders too" },
      },
      force: {
        text: {
          vi: "ghi đè tệp --out/--json đã có dù không phải do dvcq ghi, và phiếu phản hồi đã sửa; không bao giờ tệp có số liệu đơn vị nhập",
          en: "overwrite an --out/--json file dvcq did not write, and edited feedback files; never one holding figures a unit typed",
        },
      },
    },
  },
  demo: {
    usage: { vi: "dvcq demo [--out THƯ_MỤC]", en: "dvcq demo [--out DIR]" },
    about: {
      vi: "Ghi mẫu biểu, hộp thư mẫu 29 báo cáo, kết quả kiểm tra và báo cáo tổng hợp năm 2024 để thử.",
      en: "Writes the 2024 templates, a demo inbox of 29 reports, their check and the district report, to try.",
    },
    options: {
      out: {
        value: { vi: "THƯ_MỤC", en: "DIR" },
        text: {
          vi: "thư mục ghi (mặc định demo-out); phải mới, trống hoặc của lần demo trước",
          en: "the folder to write (default demo-out); new, empty or an earlier demo's",
        },
      },
    },
  },

  registry: {
    usage: {
      vi: `dvcq registry [--year NĂM] [--out DANH_SÁCH.csv] [--force]
  dvcq registry --example [--out DANH_SÁCH.csv] [--force]`,
      en: `dvcq registry [--year YEAR] [--out REGISTRY.csv] [--force]
  dvcq registry --example [--out REGISTRY.csv] [--force]`,
    },
    about: {
      vi: "Ghi danh sách đơn vị dạng CSV để sửa rồi dùng với --units: danh sách đang dùng, bản nháp cho một năm chưa có đơn vị, hoặc một ví dụ.",
      en: "Writes a unit list as CSV to edit and use with --units: the list in use, a draft for a year with no unit yet, or an example.",
    },
    options: {
      example: {
        text: {
          vi: "một danh sách ví dụ (cơ quan nhận, hai đơn vị, đơn vị hợp nhất), mỗi cột có giải thích",
          en: "an example list (receiving office, two units, a merged unit), every column explained",
        },
      },
      year: {
        value: { vi: "NĂM", en: "YEAR" },
        text: {
          vi: "năm chưa có đơn vị: bản nháp từ danh sách cuối cùng, ngày để trống để ghi",
          en: "a year with no unit yet: a draft from the last list, its dates left to fill",
        },
      },
      out: {
        value: { vi: "DANH_SÁCH.csv", en: "REGISTRY.csv" },
        text: {
          vi: "tệp sẽ ghi (CSV UTF-8); không có thì in ra màn hình",
          en: "the file to write (CSV UTF-8); without it, printed",
        },
      },
      force: {
        text: { vi: "thay tệp --out đã có", en: "replace an existing --out file" },
      },
    },
  },
};

export const COMMON_HELP: Record<keyof typeof COMMON_OPTIONS, OptionHelp> = {
  units: {
    value: { vi: "DANH_SÁCH.csv", en: "REGISTRY.csv" },
    text: { vi: "danh sách đơn vị thay cho danh sách có sẵn", en: "a unit list instead of the built-in one" },
  },
  catalogue: {
    value: { vi: "MẪU.json", en: "CATALOGUE.json" },
    text: {
      vi: "danh mục chỉ tiêu thay cho danh mục có sẵn",
      en: "an indicator catalogue instead of the built-in one",
    },
  },
  lang: {
    value: { vi: "vi|en", en: "vi|en" },
    text: { vi: "ngôn ngữ của thông báo (mặc định vi)", en: "the language of messages (default vi)" },
  },
  help: { text: { vi: "giải thích lệnh (-h)", en: "explain the command (-h)" } },
  version: { text: { vi: "in phiên bản", en: "print the version" } },
};
