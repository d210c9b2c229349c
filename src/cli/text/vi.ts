import type { Message } from "../../domain/i18n/lang";
import type { CliHelp } from "../messages";

/** Every sentence the command line prints, in Vietnamese, the product's own language. */
export const vi = {
  usage: `DVCQ — mẫu biểu, kiểm tra và tổng hợp báo cáo Chỉ thị 03/CT-UBND

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
  version(version: string, template: string): string {
    return `dvcq ${version} (mẫu biểu ${template})`;
  },
  unknownCommand(word: string): string {
    return `Không có lệnh “${word}”.`;
  },
  unknownOption(option: string, command: string): string {
    return `Lệnh ${command} không có tùy chọn “${option}”.`;
  },
  optionNotForCommand(option: string, command: string): string {
    return `Tùy chọn “${option}” không dùng với lệnh ${command}.`;
  },
  seeHelp(command: string): string {
    return `Xem: dvcq ${command} --help`;
  },
  missingValue(option: string): string {
    return `Tùy chọn ${option} cần một giá trị.`;
  },
  flagTakesNoValue(option: string): string {
    return `Tùy chọn ${option} không nhận giá trị; chỉ ghi ${option}.`;
  },
  optionTwice(option: string): string {
    return `Tùy chọn ${option} được ghi hai lần; chỉ ghi một lần.`;
  },
  unexpectedArgument(command: string, word: string): string {
    return `Lệnh ${command} không nhận tệp hay từ “${word}”.`;
  },
  argsNotUnderstood(line: string): string {
    return `Không hiểu được dòng lệnh: ${line}`;
  },
  badLang(lang: string): string {
    return `Không có ngôn ngữ “${lang}”: dùng --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh).`;
  },
  didYouMean(guesses: string): string {
    return `Có phải là ${guesses}?`;
  },
  or: " hay ",
  badYear(typed: string): string {
    return `Năm báo cáo “${typed}” không hợp lệ: cần một năm từ 2000 đến 2100, ví dụ --year 2024.`;
  },
  needYear: "Cần năm báo cáo: --year 2024.",
  needOut: "Cần nơi ghi kết quả: --out.",
  unitOrAll: "Cần đúng một trong hai: --unit MÃ_ĐƠN_VỊ hoặc --all.",
  unknownUnit(code: string): string {
    return `Không có đơn vị mã “${code}” trong danh sách đơn vị.`;
  },
  unitNotValid(code: string, year: number): string {
    return `Đơn vị ${code} không còn hoạt động trong kỳ báo cáo năm ${year} (theo danh sách đơn vị).`;
  },
  noUnitsInYear(year: number, from: string, to: string, listEnded: string): string {
    return `Danh sách đơn vị có sẵn không có đơn vị nào hoạt động trong kỳ báo cáo năm ${year} (${from} – ${to})${listEnded}. Hãy dùng danh sách đơn vị của mình: thêm --units DANH_SÁCH.csv. Để có tệp mà sửa:
  dvcq registry --year ${year} --out don-vi.csv     (danh sách cuối cùng, ngày để trống cho anh/chị ghi)
  dvcq registry --example --out don-vi.csv      (tệp ví dụ, giải thích từng cột)`;
  },
  noUnitsInYearFile(year: number, from: string, to: string, listEnded: string, file: string): string {
    return `Danh sách đơn vị ${file} không có đơn vị nào hoạt động trong kỳ báo cáo năm ${year} (${from} – ${to})${listEnded}. Hãy ghi ngày valid_from, valid_to của các đơn vị trong kỳ đó vào ${file} (xem: dvcq registry --example), hoặc chọn năm khác.`;
  },
  listEnded(lastDay: string): string {
    return `; danh sách hết hiệu lực ngày ${lastDay}`;
  },
  defaultYearNext(year: number, deadline: string): string {
    return `Năm báo cáo ${year} (không có --year: năm có hạn nộp ${deadline} sắp đến).`;
  },
  defaultYearPassed(year: number, deadline: string): string {
    return `Năm báo cáo ${year} (không có --year: năm có hạn nộp ${deadline} vừa qua).`;
  },
  registryTargetExists(file: string): string {
    return `Tệp ${file} đã có; không ghi đè. Chọn tên khác, hoặc thêm --force để thay.`;
  },
  wroteRegistryExample(file: string): string {
    return `Đã ghi danh sách đơn vị ví dụ: ${file}. Sửa thành đơn vị của mình rồi dùng: --units ${file}`;
  },
  wroteRegistry(file: string, units: number): string {
    return `Đã ghi danh sách đơn vị đang dùng (${units} đơn vị): ${file}`;
  },
  wroteRegistryDraft(file: string, year: number, units: number, lastDay: string): string {
    return `Đã ghi bản nháp danh sách đơn vị năm ${year}: ${file}, từ ${units} đơn vị còn hiệu lực đến ngày ${lastDay}. Ghi ngày valid_from cho đơn vị còn hoạt động, sửa tên và predecessors của đơn vị mới hợp nhất, xóa dòng đơn vị không còn; rồi dùng: --units ${file}`;
  },
  cannotRead(file: string, reason: Message): string {
    return `Không đọc được tệp ${file}: ${reason.vi}`;
  },
  cannotWrite(file: string, reason: Message): string {
    return `Không ghi được vào ${file}: ${reason.vi}`;
  },
  registryProblem(file: string, problem: string): string {
    return `Danh sách đơn vị ${file}: ${problem}`;
  },
  catalogueProblem(file: string, problem: string): string {
    return `Tệp mẫu biểu ${file} không dùng được: ${problem}`;
  },
  previousProblem(file: string, problem: Message): string {
    return `Tệp số liệu năm trước ${file} không dùng được: ${problem.vi}`;
  },
  comparedWithPrevious(
    previousYear: number,
    file: string,
    counted: number,
    compared: number,
    units: number,
    year: number,
  ): string {
    return `So sánh với cùng kỳ năm ${previousYear} (tệp ${file}): số liệu của ${counted} đơn vị năm ${previousYear} tính cho ${compared}/${units} đơn vị năm ${year}; trang “So với cùng kỳ”.`;
  },
  catalogueNotJson(error: string): string {
    return `tệp không phải JSON hợp lệ (${error})`;
  },
  fsNotFound: "không có tệp hay thư mục nào tên như vậy",
  fsNoPermission: "không có quyền (hãy xin quyền đọc/ghi hoặc chép tệp sang thư mục của mình)",
  fsIsFolder: "đây là một thư mục, không phải tệp",
  fsNotFolder: "một phần của đường dẫn là tệp, không phải thư mục",
  fsBusy: "tệp đang được mở trong chương trình khác (đóng tệp trong Excel rồi chạy lại)",
  fsNoSpace: "ổ đĩa đã đầy",
  fsReadOnly: "ổ đĩa chỉ cho đọc",
  fsTooManyOpen: "quá nhiều tệp đang mở cùng lúc; hãy chạy lại",
  fsNameTooLong: "tên hoặc đường dẫn quá dài",
  fsIo: "ổ đĩa báo lỗi khi đọc hoặc ghi (hãy chép tệp sang ổ khác rồi chạy lại)",
  fsCutShort: "tệp bị cắt ngắn trong lúc đọc (có chương trình khác đang ghi vào tệp?)",
  fsNotRegular: "đây không phải một tệp thông thường (mà là thiết bị, ống dẫn hoặc socket)",
  fsOther: "hệ thống từ chối thao tác",
  inputNotFound(shown: string): string {
    return `Không tìm thấy ${shown}: không có tệp hay thư mục nào tên như vậy.`;
  },
  inputNoPermission(shown: string): string {
    return `Không mở được ${shown}: không có quyền đọc.`;
  },
  inputUnreadable(shown: string, reason: Message): string {
    return `Không mở được ${shown}: ${reason.vi}.`;
  },
  folderEmpty(folder: string): string {
    return `Thư mục ${folder} không có tệp .xlsx hoặc .xlsm nào.`;
  },
  folderEmptyTryRecursive(folder: string): string {
    return `Thư mục ${folder} không có tệp .xlsx hoặc .xlsm nào (có trong thư mục con: thêm --recursive).`;
  },
  noMatch(pattern: string): string {
    return `Không có tệp nào khớp với ${pattern}.`;
  },
  noInputFiles: "Không có tệp báo cáo nào của đơn vị để đọc.",
  skippedReport(file: string): string {
    return `Bỏ qua ${file}: đây là báo cáo tổng hợp do dvcq ghi, không phải báo cáo của đơn vị.`;
  },
  skippedFeedback(file: string): string {
    return `Bỏ qua ${file}: đây là phiếu phản hồi do dvcq ghi, không phải báo cáo của đơn vị.`;
  },
  skippedSummary(file: string): string {
    return `Bỏ qua ${file}: đây là tệp tóm tắt JSON do dvcq ghi.`;
  },
  skippedFindings(file: string): string {
    return `Bỏ qua ${file}: đây là kết quả kiểm tra JSON do dvcq ghi.`;
  },
  skippedLock(file: string): string {
    return `Bỏ qua ${file}: đây là tệp khóa Excel tạo ra khi một bảng tính đang mở.`;
  },
  skippedTemporary(file: string): string {
    return `Bỏ qua ${file}: đây là tệp tạm của một lần chạy dvcq bị ngắt; có thể xóa.`;
  },
  outputIsInput(option: string, output: string, input: string): string {
    return `Không ghi ${option} vào ${output}: đó là tệp đầu vào ${input}. Chọn một tên khác cho ${option}.`;
  },
  outIsJson(out: string, json: string): string {
    return `--out ${out} và --json ${json} là cùng một tệp; chọn hai tên khác nhau.`;
  },
  outputIsFolder(output: string): string {
    return `Không ghi được vào ${output}: đây là một thư mục; hãy ghi tên tệp.`;
  },
  targetExists(file: string): string {
    return `Tệp ${file} đã có; không ghi đè. Thêm --force để thay bằng mẫu biểu mới.`;
  },
  targetsExist(files: number, folder: string, names: string): string {
    return `Không ghi gì: ${files} tệp đã có trong ${folder} (${names}). Thêm --force để thay bằng mẫu biểu mới.`;
  },
  targetHasWork(file: string, figures: number, evidence: number): string {
    return `Không ghi đè ${file}: tệp có ${figures} số liệu và ${evidence} ô minh chứng đơn vị đã nhập. Hãy chọn tên khác hoặc chép tệp sang nơi khác trước.`;
  },
  targetTooLarge(file: string): string {
    return `Không ghi đè ${file}: tệp quá lớn để DVCQ xem có số liệu đơn vị đã nhập hay không. Hãy chọn tên khác.`;
  },
  targetUnreadable(file: string, reason: Message): string {
    return `Không ghi đè ${file}, kể cả với --force: DVCQ không đọc được tệp nên không biết tệp có số liệu đơn vị đã nhập hay không. ${reason.vi} Hãy chọn tên khác hoặc chép tệp sang nơi khác trước.`;
  },
  targetChanged(file: string): string {
    return `Không ghi gì: ${file} đã thay đổi trong lúc DVCQ làm việc (có chương trình khác vừa ghi vào đó). Hãy chạy lại lệnh.`;
  },
  targetsHaveWork(files: number, folder: string, works: string): string {
    return `Không ghi gì: ${files} tệp trong ${folder} có số liệu đơn vị đã nhập, kể cả với --force: ${works}.`;
  },
  workCount(name: string, figures: number, evidence: number): string {
    return `${name} (${figures} số liệu, ${evidence} minh chứng)`;
  },
  notOurReport(file: string): string {
    return `Tệp ${file} đã có và không phải báo cáo tổng hợp do dvcq ghi; không ghi đè. Chọn tên khác, hoặc thêm --force.`;
  },
  notOurFacts(file: string): string {
    return `Tệp ${file} đã có và không phải tệp dữ liệu CSV do dvcq ghi; không ghi đè. Chọn tên khác, hoặc thêm --force.`;
  },
  notOurSummary(file: string): string {
    return `Tệp ${file} đã có và không phải tệp tóm tắt JSON do dvcq ghi; không ghi đè. Chọn tên khác, hoặc thêm --force.`;
  },
  feedbackIsInput(folder: string, input: string): string {
    return `Không ghi phiếu phản hồi vào ${folder}: đó là đầu vào ${input}, phiếu sẽ bị đọc như báo cáo ở lần sau. Chọn một thư mục khác cho --feedback.`;
  },
  feedbackIsOutput(folder: string, option: string, output: string): string {
    return `Không ghi phiếu phản hồi vào ${folder}: trùng với ${option} ${output}. Chọn một thư mục khác cho --feedback.`;
  },
  feedbackNotFolder(folder: string): string {
    return `--feedback ${folder} là một tệp, không phải thư mục; hãy ghi tên một thư mục (mỗi đơn vị một tệp).`;
  },
  feedbackChanged(files: number, folder: string, names: string): string {
    return `Không ghi gì: ${files} phiếu phản hồi trong ${folder} đã có và khác bản dvcq sẽ ghi (có thể đã được sửa): ${names}. Chọn thư mục khác, hoặc thêm --force để thay.`;
  },
  wroteFeedback(sheets: number, folder: string, units: string): string {
    return `Đã ghi ${sheets} phiếu phản hồi vào ${folder}: ${units}.`;
  },
  noFeedback(folder: string): string {
    return `Không đơn vị nào có nội dung cần sửa: không ghi phiếu phản hồi nào vào ${folder}.`;
  },
  staleFeedback(folder: string, files: number, names: string): string {
    return `Trong ${folder} còn ${files} phiếu phản hồi của lần trước cho đơn vị nay không còn nội dung cần sửa (không xóa): ${names}.`;
  },
  badResendBy(typed: string, problem: string): string {
    return `--resend-by ${typed}: ${problem}.`;
  },
  demoFileChanged(file: string): string {
    return `Không ghi đè ${file}: tệp đã được sửa sau khi demo ghi, không còn là báo cáo mẫu của demo. Hãy chép tệp sang nơi khác, hoặc chọn thư mục khác với --out.`;
  },
  demoFolderTaken(folder: string): string {
    return `Thư mục ${folder} đã có tệp không phải do demo ghi; demo chỉ ghi vào thư mục mới, thư mục trống hoặc thư mục demo trước đó. Chọn một thư mục khác với --out.`;
  },
  wroteTemplate(year: number, unit: string, indicators: number, file: string): string {
    return `Đã ghi mẫu biểu ${year} (${unit}, ${indicators} chỉ tiêu): ${file}`;
  },
  wroteTemplates(templates: number, year: number, folder: string, kinds: string): string {
    return `Đã ghi ${templates} mẫu biểu năm ${year} vào ${folder} (${kinds}).`;
  },
  needFiles: "Cần ít nhất một tệp .xlsx để kiểm tra.",
  wroteRollup(
    year: number,
    file: string,
    received: number,
    expected: number,
    onTime: number,
    missing: string,
    late: string,
    errors: number,
    warnings: number,
  ): string {
    return `Đã ghi báo cáo tổng hợp năm ${year}: ${file}. Đã nhận ${received}/${expected} đơn vị, ${onTime} đúng hạn. Chưa gửi: ${missing}. Trễ hạn: ${late}. Kiểm tra: ${errors} lỗi, ${warnings} cảnh báo.`;
  },
  findingsSheet(findings: number, sheet: string): string {
    return `Từng lỗi và cảnh báo (${findings}), theo đơn vị, tệp và ô: trang “${sheet}” của báo cáo tổng hợp.`;
  },
  rejectedHeading(files: number): string {
    return `Không dùng được ${files} tệp:`;
  },
  rejectedLine(file: string, reason: string, problem: string): string {
    return `  ✖ ${file} [${reason}] ${problem}`;
  },
  demoStart(year: number): string {
    return `Demo DVCQ: báo cáo năm ${year} của các đơn vị huyện Xuân Lộc.`;
  },
  demoInbox(files: number, folder: string, missing: string): string {
    return `Đã ghi hộp thư mẫu: ${files} tệp báo cáo các đơn vị gửi về, trong ${folder} (chưa gửi: ${missing}). Kiểm tra từng tệp:`;
  },
  demoNext(file: string): string {
    return `Kết quả kiểm tra dạng JSON: ${file}. Mở một mẫu biểu trong Excel hoặc LibreOffice: ô nhập liệu có kiểm tra dữ liệu, ô sai chuyển màu đỏ.`;
  },
  helpUsage: "Cách dùng:",
  helpFiles: "Tệp đầu vào:",
  helpOptions: "Tùy chọn:",
  helpCommon: "Tùy chọn chung:",
  helpExit:
    "Mã thoát: 0 xong, không có lỗi; 1 xong, có lỗi trong số liệu; 2 không chạy được (sai tùy chọn, không đọc hay ghi được).",
  helpInputs: `  Mỗi TỆP là một tệp .xlsx/.xlsm, một thư mục (mọi tệp .xlsx/.xlsm trong đó; thư mục con
  chỉ khi có --recursive) hoặc một mẫu có * và ? như "hop-thu/*.xlsx" (dvcq tự mở rộng khi
  cửa sổ lệnh không làm, như cmd và PowerShell). Tệp nêu hai lần chỉ đọc một lần. Báo cáo
  tổng hợp và tệp JSON do dvcq ghi được nhận ra và bỏ qua, có ghi chú.`,
};

/** What each command and option does, for `dvcq <command> --help`. */
export const viHelp: CliHelp = {
  commands: {
    template: {
      usage: `dvcq template --year NĂM --unit MÃ_ĐƠN_VỊ --out TỆP.xlsx [--force]
  dvcq template --year NĂM --all --out THƯ_MỤC [--force]`,
      about:
        "Ghi mẫu biểu trống để gửi đơn vị nhập số liệu: một đơn vị, hoặc mỗi đơn vị một tệp DVCQ_<năm>_<mã>.xlsx.",
      options: {
        year: {
          value: "NĂM",
          text: "năm báo cáo, ví dụ 2024 (mặc định: năm có hạn nộp sắp đến hoặc vừa qua)",
        },
        unit: {
          value: "MÃ",
          text: "mã đơn vị trong danh sách đơn vị, ví dụ XA-XUAN-HOA",
        },
        all: {
          text: "mỗi đơn vị hoạt động trong năm một tệp, ghi vào thư mục --out",
        },
        out: {
          value: "TỆP|THƯ_MỤC",
          text: "tệp sẽ ghi (với --unit) hoặc thư mục (với --all) (bắt buộc)",
        },
        force: {
          text: "thay tệp đã có bằng mẫu mới; không bao giờ thay tệp đã có số liệu đơn vị nhập",
        },
      },
    },
    check: {
      usage: "dvcq check TỆP... [--year NĂM] [--json] [--previous NĂM_TRƯỚC]",
      about: "Kiểm tra số liệu các đơn vị đã nhập theo các quy tắc của mẫu biểu; không sửa tệp nào.",
      options: {
        year: {
          value: "NĂM",
          text: "năm đang thu thập; trang của năm khác bị báo WRONG_YEAR",
        },
        json: {
          text: "in danh sách kết quả dạng JSON ra đầu ra chuẩn, không in gì khác",
        },
        previous: {
          value: "NĂM_TRƯỚC",
          text: "báo cáo tổng hợp năm trước (.xlsx do dvcq ghi) hoặc tệp CSV của rollup --facts: kiểm tra 4.2 với 4.7 và 3.3 với số mô hình của năm trước (cảnh báo Y01, Y02)",
        },
        recursive: {
          text: "đọc cả thư mục con của thư mục đầu vào",
        },
      },
    },
    rollup: {
      usage:
        "dvcq rollup TỆP... --year NĂM --out BÁO_CÁO.xlsx [--json TÓM_TẮT.json] [--feedback THƯ_MỤC] [--resend-by NGÀY] [--previous NĂM_TRƯỚC]",
      about:
        "Kiểm tra và tổng hợp báo cáo các đơn vị thành báo cáo tổng hợp; nêu tên mọi tệp không dùng được.",
      options: {
        year: {
          value: "NĂM",
          text: "năm báo cáo (mặc định: năm có hạn nộp sắp đến hoặc vừa qua)",
        },
        out: {
          value: "BÁO_CÁO.xlsx",
          text: "nơi ghi báo cáo tổng hợp (bắt buộc); không được là một tệp đầu vào",
        },
        json: {
          value: "TÓM_TẮT.json",
          text: "ghi thêm tóm tắt dạng JSON (đơn vị, chỉ tiêu, tệp không dùng được)",
        },
        facts: {
          value: "DỮ_LIỆU.csv",
          text: "ghi thêm bảng Dữ liệu dạng CSV (UTF-8): mỗi dòng một số liệu của một đơn vị, có tệp, trang, ô nguồn",
        },
        feedback: {
          value: "THƯ_MỤC",
          text: "ghi phiếu phản hồi (DVCQ_NĂM_PhanHoi_MÃ.xlsx, một trang A4) cho mỗi đơn vị có nội dung cần sửa",
        },
        "resend-by": {
          value: "NGÀY",
          text: "ngày đề nghị đơn vị gửi (lại) báo cáo, dạng 25/10/2024 (mặc định: 7 ngày sau hạn nộp)",
        },
        previous: {
          value: "NĂM_TRƯỚC",
          text: "báo cáo tổng hợp năm trước (.xlsx do dvcq ghi) hoặc tệp CSV của rollup --facts: thêm trang “So với cùng kỳ”, so sánh trong dự thảo báo cáo và kiểm tra Y01, Y02",
        },
        recursive: {
          text: "đọc cả thư mục con của thư mục đầu vào",
        },
        force: {
          text: "ghi đè tệp --out/--json đã có dù không phải do dvcq ghi, và phiếu phản hồi đã sửa; không bao giờ tệp có số liệu đơn vị nhập",
        },
      },
    },
    demo: {
      usage: "dvcq demo [--out THƯ_MỤC]",
      about: "Ghi mẫu biểu, hộp thư mẫu 29 báo cáo, kết quả kiểm tra và báo cáo tổng hợp năm 2024 để thử.",
      options: {
        out: {
          value: "THƯ_MỤC",
          text: "thư mục ghi (mặc định demo-out); phải mới, trống hoặc của lần demo trước",
        },
      },
    },
    registry: {
      usage: `dvcq registry [--year NĂM] [--out DANH_SÁCH.csv] [--force]
  dvcq registry --example [--out DANH_SÁCH.csv] [--force]`,
      about:
        "Ghi danh sách đơn vị dạng CSV để sửa rồi dùng với --units: danh sách đang dùng, bản nháp cho một năm chưa có đơn vị, hoặc một ví dụ.",
      options: {
        example: {
          text: "một danh sách ví dụ (cơ quan nhận, hai đơn vị, đơn vị hợp nhất), mỗi cột có giải thích",
        },
        year: {
          value: "NĂM",
          text: "năm chưa có đơn vị: bản nháp từ danh sách cuối cùng, ngày để trống để ghi",
        },
        out: {
          value: "DANH_SÁCH.csv",
          text: "tệp sẽ ghi (CSV UTF-8); không có thì in ra màn hình",
        },
        force: {
          text: "thay tệp --out đã có",
        },
      },
    },
  },
  common: {
    units: {
      value: "DANH_SÁCH.csv",
      text: "danh sách đơn vị thay cho danh sách có sẵn",
    },
    catalogue: {
      value: "MẪU.json",
      text: "danh mục chỉ tiêu thay cho danh mục có sẵn",
    },
    lang: {
      value: "vi|en",
      text: "ngôn ngữ của thông báo (mặc định vi)",
    },
    help: {
      text: "giải thích lệnh (-h)",
    },
    version: {
      text: "in phiên bản",
    },
  },
};
