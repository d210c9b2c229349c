import type { Lang } from "../i18n/lang";
import { en } from "../i18n/text/en/registryExample";
import { vi, type RegistryExampleText } from "../i18n/text/vi/registryExample";
import { csvText, UTF8_BOM } from "../text/csv";
import { REGISTRY_COLUMNS } from "./registry";

const TEXT: Readonly<Record<Lang, RegistryExampleText>> = { vi, en };

/**
 * Example rows: the kinds of unit (the report's columns by level), the office that receives the
 * reports (a province's Sở Nội vụ), a commune formed by merging two former ones, and an agency, all valid from the 2025 reform on. Placeholder names only.
 */
const EXAMPLE_ROWS: readonly (readonly string[])[] = [
  [
    "X",
    "Xã, phường",
    "kind",
    "Khối xã, phường",
    ...Array<string>(6).fill(""),
    "UBND",
    "",
    "TM. ỦY BAN NHÂN DÂN; CHỦ TỊCH",
  ],
  ["C", "Sở, ban, ngành", "kind", "Khối sở, ban, ngành", ...Array<string>(8).fill(""), "GIÁM ĐỐC"],
  [
    "SO-NOI-VU",
    "Sở Nội vụ",
    "office",
    "UBND tỉnh A",
    "",
    "2025-07-01",
    "",
    "",
    "",
    "A",
    "SNV",
    "UBND tỉnh (báo cáo); Ban Dân vận Tỉnh ủy; Lưu: VT, SNV",
    "GIÁM ĐỐC",
  ],
  [
    "XA-A",
    "Xã A",
    "X",
    "UBND tỉnh A",
    "",
    "2025-07-01",
    "",
    "UBND xã A; X. A",
    "XA-CU-1; XA-CU-2",
    "A",
    "UBND",
    "",
    "",
  ],
  ["CQ-B", "Sở B", "C", "UBND tỉnh A", "", "2025-07-01", "", "", "", "A", "SB", "", ""],
];

/**
 * `dvcq registry --example`: a registry CSV a clerk edits into their own, with a comment line on
 * every column (in the language asked for), UTF-8 with a BOM so Excel opens it in Vietnamese.
 */
export function exampleRegistryCsv(lang: Lang): string {
  const text = TEXT[lang];
  // Written as they read, unquoted: they hold no ASCII quote, which would open a quoted field.
  const comments = [...text.intro, ...REGISTRY_COLUMNS.map((c) => `  ${c}: ${text.columns[c]}`)]
    .map((line) => `# ${line}\r\n`)
    .join("");
  return `${UTF8_BOM}${comments}${csvText([[...REGISTRY_COLUMNS], ...EXAMPLE_ROWS])}`;
}
