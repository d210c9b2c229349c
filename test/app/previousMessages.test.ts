import { previousUnusable } from "../../src/app/previousMessages";

test("an unusable last year's file: its name and why, in each language", () => {
  const reason = { vi: "tệp hỏng.", en: "the file is damaged." };
  expect(previousUnusable("cu.xlsx", reason)).toEqual({
    vi: "Tệp số liệu năm trước cu.xlsx không dùng được: tệp hỏng. Chưa tổng hợp gì.",
    en: "Last year's figures cu.xlsx cannot be used: the file is damaged. Nothing was rolled up.",
  });
});
