import { checkWorkbook } from "../../src/domain/check/checks";
import type { Finding } from "../../src/domain/check/finding";
import { isoToExcelSerial } from "../../src/domain/period";
import type { RawCell } from "../../src/domain/read/values";
import { catalogue, CLEAN_COMMUNE, CLEAN_EVIDENCE, filledTemplate, registry } from "../support/filled";
import { say } from "../../src/domain/i18n/say";

type Figures = Record<string, string | number | RawCell | null>;

/** The findings of the clean commune with some figures changed, as [rule, cell, Vietnamese message]. */
function findingsWith(
  changes: Figures,
  evidence: Record<string, string | null> = {},
  unitCode = "XA-XUAN-HOA",
  expectedYear?: number,
) {
  const sheet = filledTemplate(
    unitCode,
    2024,
    { ...CLEAN_COMMUNE, ...changes },
    { ...CLEAN_EVIDENCE, ...evidence },
  );
  const { findings } = checkWorkbook(
    sheet.snapshot,
    catalogue,
    registry,
    expectedYear === undefined ? {} : { expectedYear },
  );
  return findings.map((f: Finding) => [f.rule, f.cell, say(f.message, "vi")]);
}

test("a filled template with no mistake has no finding at all", () => {
  expect(findingsWith({})).toEqual([]);
});

describe("each cross-check passes on the clean figures and fails on a planted mistake", () => {
  test.each([
    [
      "R01",
      { "1.2": 13 },
      "1.2 Trong đó: kế hoạch, chương trình công tác dân vận chính quyền năm (13) lớn hơn 1.1 Số văn bản lãnh đạo, chỉ đạo, triển khai công tác dân vận chính quyền, QCDC đã ban hành (12).",
    ],
    [
      "R02",
      { "1.3": 0 },
      "1.3 Số hội nghị quán triệt, triển khai là 0 nhưng 1.4 Số lượt người dự hội nghị quán triệt (320) khác 0.",
    ],
    [
      "R03",
      { "2.2": 40 },
      "2.2 Số lượt người nghe tuyên truyền (40) nhỏ hơn 2.1 Số buổi tuyên truyền trực tiếp (lồng ghép họp ấp, khu phố, sinh hoạt đoàn thể) (48).",
    ],
    [
      "R04",
      { "2.4": 50 },
      "2.4 Trong đó: số buổi tại vùng đồng bào dân tộc thiểu số, vùng đồng bào có đạo (50) lớn hơn 2.1 Số buổi tuyên truyền trực tiếp (lồng ghép họp ấp, khu phố, sinh hoạt đoàn thể) (48).",
    ],
    [
      "R05",
      { "2.7": 1 },
      "2.7 Số lượt cán bộ, công chức, viên chức được tập huấn (1) nhỏ hơn 2.6 Số lớp tập huấn kỹ năng, nghiệp vụ công tác dân vận (2).",
    ],
    [
      "R06",
      { "2.7": 80 },
      "2.7 Số lượt cán bộ, công chức, viên chức được tập huấn (80) lớn hơn 3 × 0.6 (= 75).",
    ],
    [
      "R07",
      { "3.6": 6 },
      "3.6 Trong đó: gắn với cải cách hành chính, chuyển đổi số (6) lớn hơn 3.4 + 3.5 (= 5).",
    ],
    [
      "R10",
      { "4.10": 4 },
      "4.10 Số phiếu xin lỗi, hẹn lại ngày trả kết quả (4) nhỏ hơn 4.6 Số hồ sơ đã giải quyết quá hạn (5).",
    ],
    [
      "R11",
      { "4.11": 0 },
      "4.11 Số lượt đánh giá mức độ hài lòng là 0 nhưng 4.12 Tỷ lệ hài lòng (98,5) lại có số liệu.",
    ],
    [
      "R12",
      { "5.6": 26 },
      "5.6 Số cá nhân được khen thưởng về công tác dân vận chính quyền, QCDC (26) lớn hơn 0.6 Tổng số cán bộ, công chức, viên chức, người lao động (25).",
    ],
    [
      "R13",
      { "6.7": 39 },
      "6.7 Số ý kiến đã trả lời, giải quyết (39) lớn hơn 6.6 Số ý kiến, kiến nghị tại đối thoại (38).",
    ],
    [
      "R14",
      { "6.5": 3 },
      "6.5 Số lượt người dự đối thoại (3) nhỏ hơn 6.4 Số buổi đối thoại trực tiếp của người đứng đầu với Nhân dân (cơ quan: với CBCCVC) (4).",
    ],
    [
      "R15",
      { "6.11": 0 },
      "6.11 Số Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng là 0 nhưng 6.12 Số cuộc giám sát của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng (8) khác 0.",
    ],
    ["R16", { "6.17": 62 }, "6.15 Số lượt tiếp công dân (61) nhỏ hơn 6.17 Số vụ việc được tiếp (62)."],
    [
      "R18",
      { "6.14": 40 },
      "6.14 Số kỳ tiếp công dân định kỳ của người đứng đầu (40) nhỏ hơn số tuần của kỳ báo cáo (52).",
    ],
  ])("%s", (rule, changes, message) => {
    const found = findingsWith(changes as Figures);
    expect(found.map(([r, , m]) => [r, m])).toEqual([[rule, message]]);
  });

  test("R08 and R09: files handled beyond those to handle, or short of them", () => {
    expect(findingsWith({ "4.7": 41 }).map(([r, , m]) => [r, m])).toEqual([
      ["R08", "4.5 + 4.6 + 4.7 (= 2.076) lớn hơn 4.2 + 4.3 + 4.4 (= 2.075)."],
      ["R09", "4.5 + 4.6 + 4.7 (= 2.076) khác 4.2 + 4.3 + 4.4 (= 2.075)."],
    ]);
    expect(findingsWith({ "4.7": 39 }).map(([r]) => r)).toEqual(["R09"]);
  });

  test("R17: the example of the issue, pointing at 6.20's cell", () => {
    const sheet = filledTemplate();
    expect(findingsWith({ "6.20": 15, "6.21": 7, "6.19": 12, "6.18": 45 })).toEqual([
      [
        "R17",
        sheet.cellOf("6.20"),
        "6.20 Số vụ việc khiếu nại, tố cáo đã giải quyết (15) lớn hơn 6.19 Số vụ việc khiếu nại, tố cáo thuộc thẩm quyền (12).",
      ],
    ]);
  });

  test("R11 the other way: ratings collected but no satisfaction rate", () => {
    expect(findingsWith({ "4.12": null })).toEqual([
      [
        "R11",
        "D56",
        "4.11 Số lượt đánh giá mức độ hài lòng (1.500) lớn hơn 0 nhưng 4.12 Tỷ lệ hài lòng chưa điền.",
      ],
    ]);
  });
});

describe("an unreadable figure is neither blank nor a figure", () => {
  test.each(["abc", -5, 150])("4.12 typed as %p: its R22, and no cross-check calling it blank", (typed) => {
    const rules = findingsWith({ "4.12": typed }).map(([rule, cell]) => [rule, cell]);
    expect(rules).toEqual([["R22", filledTemplate().cellOf("4.12")]]);
  });
});

describe("blank is not zero", () => {
  test("a blank count is one R22 finding, and the checks that need it are skipped", () => {
    expect(findingsWith({ "6.19": null })).toEqual([
      [
        "R22",
        "D85",
        "6.19 Số vụ việc khiếu nại, tố cáo thuộc thẩm quyền: chưa điền (nhập 0 nếu không phát sinh).",
      ],
    ]);
  });

  test("zero is a figure: 0 of 0 resolved passes, and the rate stays blank", () => {
    const sheet = filledTemplate("XA-XUAN-HOA", 2024, { ...CLEAN_COMMUNE, "6.19": 0, "6.20": 0, "6.21": 0 });
    const { submissions, findings } = checkWorkbook(sheet.snapshot, catalogue, registry);
    expect(findings).toEqual([]);
    expect(submissions[0]?.figures.get("6.24")).toMatchObject({ value: null, status: "blank" });
    expect(submissions[0]?.figures.get("4.8")).toMatchObject({ value: 99.8, status: "ok" });
  });
});

describe("the other rules", () => {
  test("R19: sent after the deadline", () => {
    expect(findingsWith({ "7.1": isoToExcelSerial("2024-10-20") })).toEqual([
      ["R19", "D92", "7.1 Ngày gửi báo cáo 20/10/2024 sau hạn 14/10/2024."],
    ]);
  });

  test("R20: a calendar year typed over the period; WRONG_YEAR against the year being collected", () => {
    expect(
      findingsWith({ "0.4": isoToExcelSerial("2024-01-01"), "0.5": isoToExcelSerial("2024-12-31") }),
    ).toEqual([
      ["R20", "D17", "0.4 Kỳ số liệu từ ngày là 01/01/2024, kỳ báo cáo năm 2024 là 01/10/2023."],
      ["R20", "D18", "0.5 Kỳ số liệu đến ngày là 31/12/2024, kỳ báo cáo năm 2024 là 30/09/2024."],
    ]);
    expect(findingsWith({}, {}, "XA-XUAN-HOA", 2025)).toEqual([
      ["WRONG_YEAR", null, "Trang là báo cáo năm 2024, không phải năm 2025 đang tổng hợp."],
    ]);
  });

  test("R21: figures without evidence", () => {
    expect(findingsWith({}, { "5": null })).toEqual([
      ["R21", "E59", "Mục V có số liệu (5.1: 3; 5.2: 4; 5.3: 1) nhưng chưa ghi minh chứng."],
    ]);
    expect(
      findingsWith({ "5.1": 0, "5.2": 0, "5.3": 0, "5.4": 0, "5.5": 0, "5.6": 0 }, { "5": null }),
    ).toEqual([]);
  });

  test("R21: evidence citing a document dated outside the period; bare dates do not count", () => {
    expect(
      findingsWith(
        {},
        {
          "1": "Kế hoạch số 12/KH-UBND ngày 05/3/2022; Công văn số 30/UBND ngày 10/4/2024; trích xuất ngày 01/10/2024",
        },
      ),
    ).toEqual([
      [
        "R21",
        "E23",
        "Minh chứng mục I dẫn văn bản ngoài kỳ báo cáo (01/10/2023–30/09/2024): 12/KH-UBND ngày 05/3/2022.",
      ],
    ]);
  });

  test("R22: text, decimals, negatives, out-of-range percents and error values", () => {
    expect(
      findingsWith({
        "1.1": "abc",
        "2.3": 12.5,
        "3.7": -1,
        "4.13": 120,
        "6.8": { value: null, error: "#REF!" },
      }).map(([r, c]) => [r, c]),
    ).toEqual([
      ["R22", "D24"],
      ["R22", "D31"],
      ["R22", "D43"],
      ["R22", "D58"],
      ["R22", "D75"],
    ]);
  });

  test("R23: a unit code not in the registry, and a kind that does not match", () => {
    expect(findingsWith({ "0.1": "XA-KHONG-CO", "0.2": "Xã Không Có" })).toEqual([
      ["R23", "D14", "Mã đơn vị “XA-KHONG-CO” không có trong danh sách đơn vị."],
    ]);
    expect(findingsWith({ "0.3": "C" })).toEqual([
      ["R23", "D16", "Loại đơn vị ghi là C nhưng Xã Xuân Hòa thuộc loại X."],
    ]);
  });

  test("numbers typed as text are read with a note, not guessed silently", () => {
    expect(findingsWith({ "2.2": "3.650" })).toEqual([
      ["NUMBER_AS_TEXT", "D30", expect.stringMatching(/^2\.2 Số lượt người nghe tuyên truyền: .*3\.650.*/)],
    ]);
  });
});

test("every finding speaks English too, naming the indicator and both figures", () => {
  const sheet = filledTemplate("XA-XUAN-HOA", 2024, {
    ...CLEAN_COMMUNE,
    "6.20": 15,
    "6.21": 7,
    "6.19": 12,
    "6.18": 45,
  });
  const { findings } = checkWorkbook(sheet.snapshot, catalogue, registry);
  expect(findings.map((f) => say(f.message, "en"))).toEqual([
    "6.20 resolved (15) is greater than 6.19 complaints and denunciations within competence (12).",
  ]);
  expect(findings[0]).toMatchObject({
    unit: "XA-XUAN-HOA",
    sheet: "XA-XUAN-HOA 2024",
    section: "6",
    severity: "error",
  });
});
