import {
  formatDateVi,
  formatNumberVi,
  formatPercentVi,
  normalizeToneMarks,
} from "../../src/domain/text/vnformat";

describe("Vietnamese display formats", () => {
  test.each<[number, number | undefined, string]>([
    [1234.5, undefined, "1.234,5"],
    [1234567, undefined, "1.234.567"],
    [0, undefined, "0"],
    [12, undefined, "12"],
    [-1234.5, undefined, "-1.234,5"],
    [0.1 + 0.2, undefined, "0,3"],
    [0.985 * 100, undefined, "98,5"],
    [1234.5, 2, "1.234,50"],
    [1234.5, 0, "1.235"],
    [-0.001, 2, "0,00"],
  ])("formatNumberVi(%p, %p) → %s", (value, decimals, shown) => {
    expect(formatNumberVi(value, decimals)).toBe(shown);
  });

  test.each<[number, number | undefined, string]>([
    [97.4, undefined, "97,4%"],
    [100, undefined, "100%"],
    [0, undefined, "0%"],
    [98.46, undefined, "98,5%"],
    [(2 / 3) * 100, 2, "66,67%"],
  ])("formatPercentVi(%p, %p) → %s", (value, decimals, shown) => {
    expect(formatPercentVi(value, decimals)).toBe(shown);
  });

  test.each<[number | string, string]>([
    [45570, "05/10/2024"],
    ["2024-10-05", "05/10/2024"],
    [36526, "01/01/2000"],
    [45351, "29/02/2024"],
  ])("formatDateVi(%p) → %s", (date, shown) => {
    expect(formatDateVi(date)).toBe(shown);
  });

  test.each<[string, string]>([
    ["Hoà", "Hòa"],
    ["Biên Hoà", "Biên Hòa"],
    ["Hoá An", "Hóa An"],
    ["thoả thuận", "thỏa thuận"],
    ["hoã", "hõa"],
    ["toạ đàm", "tọa đàm"],
    ["khoẻ", "khỏe"],
    ["thuý", "thúy"],
    ["Uỷ ban", "Ủy ban"],
    ["thuỳ", "thùy"],
    ["thuỹ", "thũy"],
    ["Thuỵ", "Thụy"],
    ["XÃ XUÂN HOÀ", "XÃ XUÂN HÒA"],
    ["UỶ BAN", "ỦY BAN"],
    // closed syllables, qu, and the modern style are left as they are
    ["hoàn thành", "hoàn thành"],
    ["xoài", "xoài"],
    ["quý", "quý"],
    ["quỳ", "quỳ"],
    ["khuỷu", "khuỷu"],
    ["Hòa", "Hòa"],
    ["hoạch", "hoạch"],
    ["ngoằn", "ngoằn"],
    ["Khoẻ".normalize("NFD"), "Khỏe"],
  ])("normalizeToneMarks(%j) → %j", (text, normalised) => {
    const result = normalizeToneMarks(text);
    expect(result).toBe(normalised);
    expect(result).toBe(result.normalize("NFC"));
  });
});
