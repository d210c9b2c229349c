import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { buildTemplatePlan, validationTitle, VALIDATION_TITLE_MAX } from "../../src/domain/layout/template";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { findUnitByCode } from "../../src/domain/units/registry";

const catalogue = loadBuiltinCatalogue();
const registry = loadBuiltinRegistry();

test("a long title is cut after a whole word, never mid-word, and marked", () => {
  // 33 characters: Excel's cut gave "…quá hạ".
  expect(validationTitle("4.6", "Số hồ sơ đã giải quyết quá hạn")).toBe("4.6 – hồ sơ đã giải quyết quá…");
  expect(validationTitle("4.4", "Số hồ sơ tiếp nhận trực tiếp, qua dịch vụ bưu chính công ích")).toBe(
    "4.4 – hồ sơ tiếp nhận trực tiếp…",
  );
  // Exactly 32 characters stays whole; 33 loses its last word.
  expect(validationTitle("1.1", "a".repeat(32 - "1.1 – ".length))).toHaveLength(32);
  expect(validationTitle("1.1", `${"a".repeat(20)} bbbbbb`)).toBe(`1.1 – ${"a".repeat(20)}…`);
});

test("every prompt title of every kind of unit's template fits Excel's 32 characters and ends on a whole word", () => {
  const units = ["XA-XUAN-HOA", "CQ-TU-PHAP"].map((code) => findUnitByCode(registry, code)!);
  let checked = 0;
  for (const unit of units) {
    const { plan } = buildTemplatePlan(catalogue, unit, 2024);
    for (const v of plan.validations) {
      const title = v.prompt.title;
      expect(title.length).toBeLessThanOrEqual(VALIDATION_TITLE_MAX);
      const code = title.split(" – ")[0]!;
      const item = [...catalogue.header, ...catalogue.sections.flatMap((s) => s.indicators)].find(
        (i) => i.code === code,
      )!;
      const full = `${code} – ${item.label.replace(/^Trong đó:\s*/, "").replace(/^Số (lượt )?/, "")}`;
      if (title === full) continue;
      // Cut: what is kept is the start of the full text, and the full text goes on with a space there.
      expect(title.endsWith("…")).toBe(true);
      const kept = title.slice(0, -1);
      expect(full.startsWith(kept)).toBe(true);
      expect([title, /^[\s,;:–-]/u.test(full.slice(kept.length))]).toEqual([title, true]);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(10);
});
