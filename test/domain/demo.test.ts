import { checkWorkbook } from "../../src/domain/check/checks";
import { demoInbox } from "../../src/domain/demo/inbox";
import { fillPlan } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { catalogue, registry, planSnapshot } from "../support/filled";

const inbox = demoInbox(catalogue, registry, 2024);

test("the demo inbox: 28 units sent, one of them twice, two missing", () => {
  expect(inbox.files).toHaveLength(29);
  expect(new Set(inbox.files.map((f) => f.unit.code)).size).toBe(28);
  expect(inbox.missing.map((u) => u.code)).toEqual(["XA-XUAN-HIEP", "CQ-GD-DT"]);
  expect(demoInbox(catalogue, registry, 2024)).toEqual(inbox);
});

test("each special file of the demo says what is special about it, in both languages", () => {
  const late = { vi: "gửi sau hạn", en: "sent after the deadline" };
  const mistakes = {
    vi: "có lỗi: 6.20 lớn hơn 6.19, số gõ dạng chữ, thiếu minh chứng mục V",
    en: "mistakes: 6.20 above 6.19, a number typed as text, no evidence for section V",
  };
  expect(inbox.files.filter((f) => f.story !== null).map((f) => [f.fileName, f.story])).toEqual([
    ["DVCQ_2024_XA-LANG-MINH.xlsx", late],
    ["DVCQ_2024_XA-SUOI-CAT.xlsx", mistakes],
    ["DVCQ_2024_XA-XUAN-HUNG.xlsx", { vi: "gửi lần đầu", en: "first sending" }],
    ["DVCQ_2024_XA-XUAN-HUNG (gui lai).xlsx", { vi: "gửi lại bản sửa", en: "sent again, corrected" }],
    ["DVCQ_2024_XA-XUAN-THO.xlsx", { vi: "bỏ trống mục tiếp công dân", en: "citizen reception left blank" }],
    ["DVCQ_2024_CQ-NOI-VU.xlsx", late],
    ["DVCQ_2024_CQ-LD-TBXH.xlsx", mistakes],
  ]);
});

test("every ordinary demo report, commune or agency, checks clean", () => {
  const ordinary = inbox.files.filter((f) => f.story === null);
  expect(ordinary.filter((f) => f.unit.kind === "C").length).toBeGreaterThan(5);
  for (const file of ordinary) {
    const plan = fillPlan(buildTemplatePlan(catalogue, file.unit, 2024), {
      figures: file.figures,
      evidence: file.evidence,
    });
    expect([
      file.unit.code,
      checkWorkbook(planSnapshot(plan), catalogue, registry, { expectedYear: 2024 }).findings,
    ]).toEqual([file.unit.code, []]);
  }
});

test("the faulty and late reports get exactly their findings", () => {
  const rulesOf = (code: string) => {
    const file = inbox.files.find((f) => f.unit.code === code && f.story !== null);
    const plan = fillPlan(buildTemplatePlan(catalogue, file!.unit, 2024), {
      figures: file!.figures,
      evidence: file!.evidence,
    });
    return checkWorkbook(planSnapshot(plan), catalogue, registry).findings.map((f) => f.rule);
  };
  expect(rulesOf("XA-SUOI-CAT")).toEqual(["NUMBER_AS_TEXT", "R21", "R17"]);
  expect(rulesOf("XA-LANG-MINH")).toEqual(["R19"]);
  expect(rulesOf("XA-XUAN-THO")).toEqual(["R22", "R22", "R22"]);
});
