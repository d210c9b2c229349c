import tcvn3 from "../../src/domain/text/tcvn3.json";
import {
  detectLegacy,
  isCapitalsFont,
  legacyToUnicode,
  type LegacyEncoding,
} from "../../src/domain/text/legacy";

const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]; // none, sắc, huyền, hỏi, ngã, nặng
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];

/** The 67 lowercase letters with diacritics: 12 vowels × 6 tones, less the 6 plain vowels, and đ. */
const LOWER_LETTERS = [
  ...VOWELS.flatMap((v) => TONES.map((t) => `${v}${t}`.normalize("NFC"))).filter(
    (l) => !/^[aeiouy]$/.test(l),
  ),
  "đ",
];
const ALL_LETTERS = [...LOWER_LETTERS, ...LOWER_LETTERS.map((l) => l.toUpperCase())];

/**
 * A VNI-Windows encoder written from the encoding's rules, independent of the converter's table:
 * a base letter, then one modifier for the tone, the circumflex or breve with the tone; ơ and ư
 * are ô and ö followed by the tone; đ, the toned i and ỵ are single characters.
 */
function encodeVni(letter: string): string {
  const capital = letter !== letter.toLowerCase();
  const lower = letter.toLowerCase();
  const tonesAlone: Record<string, string> = {
    "\u0301": "ù",
    "\u0300": "ø",
    "\u0309": "û",
    "\u0303": "õ",
    "\u0323": "ï",
  };
  const withCircumflex: Record<string, string> = {
    "": "â",
    "\u0301": "á",
    "\u0300": "à",
    "\u0309": "å",
    "\u0303": "ã",
    "\u0323": "ä",
  };
  const withBreve: Record<string, string> = {
    "": "ê",
    "\u0301": "é",
    "\u0300": "è",
    "\u0309": "ú",
    "\u0303": "ü",
    "\u0323": "ë",
  };
  const toneOfI: Record<string, string> = {
    "": "i",
    "\u0301": "í",
    "\u0300": "ì",
    "\u0309": "æ",
    "\u0303": "ó",
    "\u0323": "ò",
  };
  let out: string;
  if (lower === "đ") out = "ñ";
  else {
    const nfd = lower.normalize("NFD");
    const base = nfd.charAt(0);
    const marks = nfd.slice(1);
    const tone = [...marks].find((m) => m in tonesAlone) ?? "";
    if (base === "i") out = toneOfI[tone] as string;
    else if (base === "y" && tone === "\u0323") out = "î";
    else if (marks.includes("\u0302")) out = base + withCircumflex[tone];
    else if (marks.includes("\u0306")) out = base + withBreve[tone];
    else if (marks.includes("\u031b")) out = (base === "o" ? "ô" : "ö") + (tonesAlone[tone] ?? "");
    else out = base + (tonesAlone[tone] ?? "");
  }
  return capital ? out.toUpperCase() : out;
}

describe("legacy encodings", () => {
  test("there are 134 Vietnamese letters with diacritics", () => {
    expect(new Set(ALL_LETTERS).size).toBe(134);
  });

  test.each<[string, LegacyEncoding, string]>([
    ["Xu©n Léc", "tcvn3", "Xuân Lộc"],
    ["§ång Nai", "tcvn3", "Đồng Nai"],
    ["Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3", "Cộng hoà xã hội chủ nghĩa Việt Nam"],
    ["§éc lËp - Tù do - H¹nh phóc", "tcvn3", "Độc lập - Tự do - Hạnh phúc"],
    ["Uû ban nh©n d©n x· Xu©n Hoµ", "tcvn3", "Uỷ ban nhân dân xã Xuân Hoà"],
    ["Xuaân Loäc", "vni", "Xuân Lộc"],
    ["Ñoàng Nai", "vni", "Đồng Nai"],
    ["Tröôøng ñöôïc khen thöôûng", "vni", "Trường được khen thưởng"],
    ["UÛY BAN NHAÂN DAÂN XAÕ XUAÂN HOØA", "vni", "ỦY BAN NHÂN DÂN XÃ XUÂN HÒA"],
    ["Ngöôøi laäp bieåu: Nguyeãn Thò Hoa", "vni", "Người lập biểu: Nguyễn Thị Hoa"],
  ])("%s (%s) → %s, and is detected as such", (text, encoding, unicode) => {
    expect(legacyToUnicode(text, encoding)).toBe(unicode);
    expect(detectLegacy(text)).toBe(encoding);
  });

  test("every VNI letter round-trips through an encoder written from the rules", () => {
    const failures = ALL_LETTERS.filter((l) => legacyToUnicode(encodeVni(l), "vni") !== l);
    expect(failures).toEqual([]);
    const word = ALL_LETTERS.map((l) => `t${l}n`).join(" ");
    expect(legacyToUnicode(ALL_LETTERS.map((l) => `t${encodeVni(l)}n`).join(" "), "vni")).toBe(word);
  });

  test("every lowercase letter has a TCVN3 code; a capitals font (.VnTimeH) turns the same codes into capitals", () => {
    const codeOf = new Map(Object.entries(tcvn3.map).map(([code, letter]) => [letter, code]));
    codeOf.set("ý", "ý"); // byte 0xFD stands for itself
    const missing = LOWER_LETTERS.filter((l) => !codeOf.has(l));
    expect(missing).toEqual([]);
    for (const letter of LOWER_LETTERS) {
      const code = codeOf.get(letter) as string;
      expect(legacyToUnicode(code, "tcvn3")).toBe(letter);
      expect(legacyToUnicode(code, "tcvn3", { capitals: true })).toBe(letter.toUpperCase());
    }
    expect(legacyToUnicode("uû ban nh©n d©n", "tcvn3", { capitals: true })).toBe("UỶ BAN NHÂN DÂN");
    // the separate tone marks of bytes 0xB0–0xB4 join the letter before them
    expect(legacyToUnicode("a° a³ a´", "tcvn3")).toBe("à á ạ");
  });

  test.each<[string, string | undefined, LegacyEncoding | null]>([
    // ordinary Unicode and ASCII text: never converted
    ["Xã Xuân Hòa – “Dân vận khéo”", undefined, null],
    ["Tong so ho so tiep nhan", undefined, null],
    ["Hòa Bình", undefined, null],
    ["Biên Hoà, Hoá An", undefined, null],
    ["Xuân Lộc".normalize("NFD"), undefined, null],
    ["“Tot” – ‘kha’ … — 2024", undefined, null],
    ["«Tot»", undefined, null],
    ["Microsoft® Excel © 2024", undefined, null],
    ["Nhiet do 25°C, 5µm, 10 m², ½ ngay", undefined, null],
    // a TCVN3 word whose only sign (ñ at the start of "ủy") is also VNI's đ: not decided
    ["ñy ban", undefined, null],
    // the font decides when the text has no letter that only Unicode has
    ["Tong so", ".VnTime", "tcvn3"],
    ["xu©n léc", ".VnTimeH", "tcvn3"],
    ["Xuaân Loäc", "VNI-Times", "vni"],
    ["Xuân Lộc", ".VnTime", null],
    ["Xuân Lộc", "VNI-Times", null],
    ["Xu©n Léc", "Times New Roman", "tcvn3"],
  ])("detectLegacy(%j, font %s) → %s", (text, font, expected) => {
    expect(detectLegacy(text, font)).toBe(expected);
  });

  test.each<[string | undefined, boolean]>([
    [".VnTimeH", true],
    [".VnArialH", true],
    [".VnTime", false],
    [".VnBahamasB", false],
    ["VNI-Times", false],
    [undefined, false],
  ])("capitals font %s → %s", (font, capitals) => {
    expect(isCapitalsFont(font)).toBe(capitals);
  });
});
