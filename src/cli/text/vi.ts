import type { CliHelp } from "../messages";

/** Every sentence the command line prints, in Vietnamese, the product's own language. `{0}`, `{1}` … are filled in order by say(). */
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
  version: "dvcq {0} (mẫu biểu {1})",
  unknownCommand: "Không có lệnh “{0}”.",
  unknownOption: "Lệnh {1} không có tùy chọn “{0}”.",
  optionNotForCommand: "Tùy chọn “{0}” không dùng với lệnh {1}.",
  seeHelp: "Xem: dvcq {0} --help",
  missingValue: "Tùy chọn {0} cần một giá trị.",
  flagTakesNoValue: "Tùy chọn {0} không nhận giá trị; chỉ ghi {0}.",
  optionTwice: "Tùy chọn {0} được ghi hai lần; chỉ ghi một lần.",
  unexpectedArgument: "Lệnh {0} không nhận tệp hay từ “{1}”.",
  argsNotUnderstood: "Không hiểu được dòng lệnh: {0}",
  badLang: "Không có ngôn ngữ “{0}”: dùng --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh).",
  didYouMean: "Có phải là {0}?",
  or: " hay ",
  badYear: "Năm báo cáo “{0}” không hợp lệ: cần một năm từ 2000 đến 2100, ví dụ --year 2024.",
  needYear: "Cần năm báo cáo: --year 2024.",
  needOut: "Cần nơi ghi kết quả: --out.",
  unitOrAll: "Cần đúng một trong hai: --unit MÃ_ĐƠN_VỊ hoặc --all.",
  unknownUnit: "Không có đơn vị mã “{0}” trong danh sách đơn vị.",
  unitNotValid: "Đơn vị {0} không còn hoạt động trong kỳ báo cáo năm {1} (theo danh sách đơn vị).",
  noUnitsInYear: `Danh sách đơn vị có sẵn không có đơn vị nào hoạt động trong kỳ báo cáo năm {0} ({1} – {2}){3}. Hãy dùng danh sách đơn vị của mình: thêm --units DANH_SÁCH.csv. Để có tệp mà sửa:
  dvcq registry --year {0} --out don-vi.csv     (danh sách cuối cùng, ngày để trống cho anh/chị ghi)
  dvcq registry --example --out don-vi.csv      (tệp ví dụ, giải thích từng cột)`,
  noUnitsInYearFile:
    "Danh sách đơn vị {4} không có đơn vị nào hoạt động trong kỳ báo cáo năm {0} ({1} – {2}){3}. Hãy ghi ngày valid_from, valid_to của các đơn vị trong kỳ đó vào {4} (xem: dvcq registry --example), hoặc chọn năm khác.",
  listEnded: "; danh sách hết hiệu lực ngày {0}",
  defaultYearNext: "Năm báo cáo {0} (không có --year: năm có hạn nộp {1} sắp đến).",
  defaultYearPassed: "Năm báo cáo {0} (không có --year: năm có hạn nộp {1} vừa qua).",
  registryTargetExists: "Tệp {0} đã có; không ghi đè. Chọn tên khác, hoặc thêm --force để thay.",
  wroteRegistryExample: "Đã ghi danh sách đơn vị ví dụ: {0}. Sửa thành đơn vị của mình rồi dùng: --units {0}",
  wroteRegistry: "Đã ghi danh sách đơn vị đang dùng ({1} đơn vị): {0}",
  wroteRegistryDraft:
    "Đã ghi bản nháp danh sách đơn vị năm {1}: {0}, từ {2} đơn vị còn hiệu lực đến ngày {3}. Ghi ngày valid_from cho đơn vị còn hoạt động, sửa tên và predecessors của đơn vị mới hợp nhất, xóa dòng đơn vị không còn; rồi dùng: --units {0}",
  cannotRead: "Không đọc được tệp {0}: {1}",
  cannotWrite: "Không ghi được vào {0}: {1}",
  registryProblem: "Danh sách đơn vị {0}: {1}",
  catalogueProblem: "Tệp mẫu biểu {0} không dùng được: {1}",
  previousProblem: "Tệp số liệu năm trước {0} không dùng được: {1}",
  comparedWithPrevious:
    "So sánh với cùng kỳ năm {0} (tệp {1}): số liệu của {2} đơn vị năm {0} tính cho {3}/{4} đơn vị năm {5}; trang “So với cùng kỳ”.",
  catalogueNotJson: "tệp không phải JSON hợp lệ ({0})",
  fsNotFound: "không có tệp hay thư mục nào tên như vậy",
  fsNoPermission: "không có quyền (hãy xin quyền đọc/ghi hoặc chép tệp sang thư mục của mình)",
  fsIsFolder: "đây là một thư mục, không phải tệp",
  fsNotFolder: "một phần của đường dẫn là tệp, không phải thư mục",
  fsBusy: "tệp đang được mở trong chương trình khác (đóng tệp trong Excel rồi chạy lại)",
  fsNoSpace: "ổ đĩa đã đầy",
  fsReadOnly: "ổ đĩa chỉ cho đọc",
  fsTooManyOpen: "quá nhiều tệp đang mở cùng lúc; hãy chạy lại",
  fsNameTooLong: "tên hoặc đường dẫn quá dài",
  fsOther: "hệ thống từ chối thao tác",
  inputNotFound: "Không tìm thấy {0}: không có tệp hay thư mục nào tên như vậy.",
  inputNoPermission: "Không mở được {0}: không có quyền đọc.",
  inputUnreadable: "Không mở được {0}: {1}.",
  folderEmpty: "Thư mục {0} không có tệp .xlsx hoặc .xlsm nào.",
  folderEmptyTryRecursive:
    "Thư mục {0} không có tệp .xlsx hoặc .xlsm nào (có trong thư mục con: thêm --recursive).",
  noMatch: "Không có tệp nào khớp với {0}.",
  noInputFiles: "Không có tệp báo cáo nào của đơn vị để đọc.",
  skippedReport: "Bỏ qua {0}: đây là báo cáo tổng hợp do dvcq ghi, không phải báo cáo của đơn vị.",
  skippedFeedback: "Bỏ qua {0}: đây là phiếu phản hồi do dvcq ghi, không phải báo cáo của đơn vị.",
  skippedSummary: "Bỏ qua {0}: đây là tệp tóm tắt JSON do dvcq ghi.",
  skippedFindings: "Bỏ qua {0}: đây là kết quả kiểm tra JSON do dvcq ghi.",
  skippedLock: "Bỏ qua {0}: đây là tệp khóa Excel tạo ra khi một bảng tính đang mở.",
  skippedTemporary: "Bỏ qua {0}: đây là tệp tạm của một lần chạy dvcq bị ngắt; có thể xóa.",
  outputIsInput: "Không ghi {0} vào {1}: đó là tệp đầu vào {2}. Chọn một tên khác cho {0}.",
  outIsJson: "--out {0} và --json {1} là cùng một tệp; chọn hai tên khác nhau.",
  outputIsFolder: "Không ghi được vào {0}: đây là một thư mục; hãy ghi tên tệp.",
  targetExists: "Tệp {0} đã có; không ghi đè. Thêm --force để thay bằng mẫu biểu mới.",
  targetsExist: "Không ghi gì: {0} tệp đã có trong {1} ({2}). Thêm --force để thay bằng mẫu biểu mới.",
  targetHasWork:
    "Không ghi đè {0}: tệp có {1} số liệu và {2} ô minh chứng đơn vị đã nhập. Hãy chọn tên khác hoặc chép tệp sang nơi khác trước.",
  targetTooLarge:
    "Không ghi đè {0}: tệp quá lớn để DVCQ xem có số liệu đơn vị đã nhập hay không. Hãy chọn tên khác.",
  targetsHaveWork: "Không ghi gì: {0} tệp trong {1} có số liệu đơn vị đã nhập, kể cả với --force: {2}.",
  workCount: "{0} ({1} số liệu, {2} minh chứng)",
  notOurReport:
    "Tệp {0} đã có và không phải báo cáo tổng hợp do dvcq ghi; không ghi đè. Chọn tên khác, hoặc thêm --force.",
  notOurFacts:
    "Tệp {0} đã có và không phải tệp dữ liệu CSV do dvcq ghi; không ghi đè. Chọn tên khác, hoặc thêm --force.",
  notOurSummary:
    "Tệp {0} đã có và không phải tệp tóm tắt JSON do dvcq ghi; không ghi đè. Chọn tên khác, hoặc thêm --force.",
  feedbackIsInput:
    "Không ghi phiếu phản hồi vào {0}: đó là đầu vào {1}, phiếu sẽ bị đọc như báo cáo ở lần sau. Chọn một thư mục khác cho --feedback.",
  feedbackIsOutput:
    "Không ghi phiếu phản hồi vào {0}: trùng với {1} {2}. Chọn một thư mục khác cho --feedback.",
  feedbackNotFolder:
    "--feedback {0} là một tệp, không phải thư mục; hãy ghi tên một thư mục (mỗi đơn vị một tệp).",
  feedbackChanged:
    "Không ghi gì: {0} phiếu phản hồi trong {1} đã có và khác bản dvcq sẽ ghi (có thể đã được sửa): {2}. Chọn thư mục khác, hoặc thêm --force để thay.",
  wroteFeedback: "Đã ghi {0} phiếu phản hồi vào {1}: {2}.",
  noFeedback: "Không đơn vị nào có nội dung cần sửa: không ghi phiếu phản hồi nào vào {0}.",
  staleFeedback:
    "Trong {0} còn {1} phiếu phản hồi của lần trước cho đơn vị nay không còn nội dung cần sửa (không xóa): {2}.",
  badResendBy: "--resend-by {0}: {1}.",
  demoFolderTaken:
    "Thư mục {0} đã có tệp không phải do demo ghi; demo chỉ ghi vào thư mục mới, thư mục trống hoặc thư mục demo trước đó. Chọn một thư mục khác với --out.",
  wroteTemplate: "Đã ghi mẫu biểu {0} ({1}, {2} chỉ tiêu): {3}",
  wroteTemplates: "Đã ghi {0} mẫu biểu năm {1} vào {2} ({3}).",
  needFiles: "Cần ít nhất một tệp .xlsx để kiểm tra.",
  wroteRollup:
    "Đã ghi báo cáo tổng hợp năm {0}: {1}. Đã nhận {2}/{3} đơn vị, {4} đúng hạn. Chưa gửi: {5}. Trễ hạn: {6}. Kiểm tra: {7} lỗi, {8} cảnh báo.",
  findingsSheet: "Từng lỗi và cảnh báo ({0}), theo đơn vị, tệp và ô: trang “{1}” của báo cáo tổng hợp.",
  rejectedHeading: "Không dùng được {0} tệp:",
  rejectedLine: "  ✖ {0} [{1}] {2}",
  demoStart: "Demo DVCQ: báo cáo năm {0} của các đơn vị huyện Xuân Lộc.",
  demoInbox:
    "Đã ghi hộp thư mẫu: {0} tệp báo cáo các đơn vị gửi về, trong {1} (chưa gửi: {2}). Kiểm tra từng tệp:",
  demoNext:
    "Kết quả kiểm tra dạng JSON: {0}. Mở một mẫu biểu trong Excel hoặc LibreOffice: ô nhập liệu có kiểm tra dữ liệu, ô sai chuyển màu đỏ.",
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
} as const;

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
