import tcvn3Data from "./tcvn3.json";

/**
 * Vietnamese text in the 8-bit encodings of old government files, as Excel hands it over: each
 * byte shows as its Windows-1252 character. TCVN3 (ABC) is used with the .VnTime family of fonts,
 * VNI-Windows with the VNI-Times family.
 */
export type LegacyEncoding = "tcvn3" | "vni";

/** TCVN3 character → Vietnamese letter. Bytes that stand for themselves (ý, NBSP) are not listed. */
const TCVN3: ReadonlyMap<string, string> = new Map(Object.entries(tcvn3Data.map));

/**
 * VNI-Windows spells a letter as its base letter followed by a modifier (ơ, ư, đ and the toned i
 * and ỵ are single characters). Each row: the letter without tone, then with sắc, huyền, hỏi,
 * ngã, nặng; then the VNI spellings in the same order. Capitals are these upper-cased on both sides.
 */
const VNI_ROWS: ReadonlyArray<readonly [string, string]> = [
  ["a á à ả ã ạ", "a aù aø aû aõ aï"],
  ["ă ắ ằ ẳ ẵ ặ", "aê aé aè aú aü aë"],
  ["â ấ ầ ẩ ẫ ậ", "aâ aá aà aå aã aä"],
  ["e é è ẻ ẽ ẹ", "e eù eø eû eõ eï"],
  ["ê ế ề ể ễ ệ", "eâ eá eà eå eã eä"],
  ["i í ì ỉ ĩ ị", "i í ì æ ó ò"],
  ["o ó ò ỏ õ ọ", "o où oø oû oõ oï"],
  ["ô ố ồ ổ ỗ ộ", "oâ oá oà oå oã oä"],
  ["ơ ớ ờ ở ỡ ợ", "ô ôù ôø ôû ôõ ôï"],
  ["u ú ù ủ ũ ụ", "u uù uø uû uõ uï"],
  ["ư ứ ừ ử ữ ự", "ö öù öø öû öõ öï"],
  ["y ý ỳ ỷ ỹ ỵ", "y yù yø yû yõ î"],
  ["đ", "ñ"],
];

/** VNI spelling → Vietnamese letter, capitals included; spellings equal to their letter are left out. */
const VNI: ReadonlyMap<string, string> = new Map(
  VNI_ROWS.flatMap(([letters, spellings]) => {
    const pairs = zipWords(letters, spellings);
    return [...pairs, ...pairs.map(([u, v]) => [u.toUpperCase(), v.toUpperCase()] as [string, string])];
  }).flatMap(([letter, spelling]) => (letter === spelling ? [] : [[spelling, letter] as [string, string]])),
);

function zipWords(letters: string, spellings: string): Array<[string, string]> {
  const spelled = spellings.split(" ");
  return letters.split(" ").map((letter, i) => [letter, spelled[i] ?? letter]);
}

/** Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư and their capitals, U+1EA0–U+1EF9), or any combining mark (decomposed text). */
const UNICODE_VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\p{M}/u;

/**
 * Where a letter must stand beside a TCVN3 character for it to count as a sign of TCVN3: đ, â, ă…
 * begin a syllable or are never its last letter, so a letter follows; ô and à follow a letter
 * (so that « as an opening quote and µ in "5µm" do not count).
 */
const TCVN3_SIGNS: Readonly<Record<string, "after" | "before" | "either">> = {
  "§": "after",
  "®": "after",
  "©": "after",
  "¨": "after",
  "¢": "after",
  "»": "after",
  "¼": "after",
  "½": "after",
  "¾": "after",
  "«": "before",
  µ: "before",
  "£": "either",
  "¤": "either",
  "¥": "either",
  "¦": "either",
  ª: "either",
  "¬": "either",
  "\u00ad": "either",
  "¶": "either",
  "·": "either",
  "¸": "either",
  "¹": "either",
  "×": "either",
  ß: "either",
  ç: "either",
  "÷": "either",
  þ: "either",
};

/** Pairs that ordinary Unicode Vietnamese also writes ("Hoà", "hoá"), so they prove nothing about VNI. */
const VNI_AMBIGUOUS_PAIRS = new Set(["oà", "oá", "oã", "OÀ", "OÁ", "OÃ"]);

function isLetterLike(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (
    /[A-Za-z]/.test(c) ||
    (code >= 0xc0 && code <= 0xff && c !== "×" && c !== "÷") ||
    (code >= 0xa1 && code <= 0xbf)
  );
}

function isLower(c: string | undefined): boolean {
  return c !== undefined && c !== c.toUpperCase() && isLetterLike(c);
}

function tcvn3Signs(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const before = isLetterLike(text[i - 1]);
    const after = isLetterLike(text[i + 1]);
    const where = TCVN3_SIGNS[c];
    const isSign =
      where === "after"
        ? after
        : where === "before"
          ? before
          : where === "either"
            ? before || after
            : isMidWordCapital(c, text[i - 1]);
    if (isSign) count++;
  }
  return count;
}

/** "ViÖt", "hÕt", "chÞ": TCVN3 lowercase letters that Windows-1252 shows as capitals after a lowercase letter. */
function isMidWordCapital(c: string, previous: string | undefined): boolean {
  const code = c.charCodeAt(0);
  return code >= 0xc0 && code <= 0xde && c !== "×" && isLower(previous);
}

function vniSigns(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const pair = text.slice(i, i + 2);
    const previous = text[i - 1];
    if (pair.length === 2 && VNI.has(pair) && !VNI_AMBIGUOUS_PAIRS.has(pair)) {
      count++;
      i++;
    } else if (pair === "öô" || pair === "ÖÔ") {
      count++;
      i++;
    } else if (
      (pair[0] === "ñ" || pair[0] === "Ñ") &&
      !isLetterLike(previous) &&
      /[aeiouAEIOUôöÔÖ]/.test(pair[1] ?? "")
    ) {
      count++;
    }
  }
  return count;
}

/** .VnTime, .VnTimeH, .VnArial… → TCVN3; VNI-Times, VNI-Helve… → VNI. */
function encodingOfFont(font: string | undefined): LegacyEncoding | null {
  if (font === undefined) return null;
  if (/^\.vn/i.test(font.trim())) return "tcvn3";
  if (/^vni[- ]/i.test(font.trim())) return "vni";
  return null;
}

/** .VnTimeH, .VnArialH…: TCVN3 fonts that draw every letter as a capital. */
export function isCapitalsFont(font: string | undefined): boolean {
  return font !== undefined && /^\.vn.*h$/i.test(font.trim());
}

/**
 * The legacy encoding a cell's text is in, or null when it is Unicode or cannot be told. Text
 * with letters only Unicode has is Unicode whatever the font; otherwise the font decides; without
 * one, the signs of each encoding are counted and the clear majority wins. Quotes and dashes are
 * never signs.
 */
export function detectLegacy(text: string, font?: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  const byFont = encodingOfFont(font);
  if (byFont) return byFont;
  const tcvn3 = tcvn3Signs(text);
  const vni = vniSigns(text);
  if (tcvn3 > vni) return "tcvn3";
  if (vni > tcvn3) return "vni";
  return null;
}

/** Converts legacy-encoded text to Unicode (NFC). `capitals`: the text was shown in a capitals-only font such as .VnTimeH. */
export function legacyToUnicode(
  text: string,
  encoding: LegacyEncoding,
  options: { capitals?: boolean } = {},
): string {
  const converted =
    encoding === "tcvn3" ? [...text].map((c) => TCVN3.get(c) ?? c).join("") : vniToUnicode(text);
  const nfc = converted.normalize("NFC");
  return options.capitals ? nfc.toUpperCase() : nfc;
}

function vniToUnicode(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const two = text.slice(i, i + 2);
    const pair = two.length === 2 ? VNI.get(two) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
    } else {
      out += VNI.get(text.charAt(i)) ?? text.charAt(i);
    }
  }
  return out;
}

/** The name of an encoding as clerks know it. */
export function encodingName(encoding: LegacyEncoding): string {
  return encoding === "tcvn3" ? "TCVN3 (ABC)" : "VNI";
}
