import { reportPeriod, isoToExcelSerial } from "../period";
import type { Catalogue, Roles } from "../catalogue/types";
import type { Message } from "../i18n/lang";
import { localized } from "../i18n/localized";
import { en } from "../i18n/text/en/demoStories";
import { vi } from "../i18n/text/vi/demoStories";
import type { CellValue } from "../layout/sheetPlan";
import { unitsValidIn, type Unit, type UnitRegistry } from "../units/registry";

/** One emailed workbook of the demo inbox. */
export interface DemoFile {
  unit: Unit;
  fileName: string;
  figures: Record<string, CellValue>;
  evidence: Record<string, string>;
  /** What is special about this file, for the demo's own explanation. */
  story: Message | null;
}

export interface DemoInbox {
  year: number;
  files: DemoFile[];
  /** Units that sent nothing. */
  missing: Unit[];
}

const STORY = localized({ vi, en });

/**
 * A district's October inbox: realistic figures for every unit valid in the year, the same every
 * run, with two units missing, two late, one that sent twice and three with mistakes a clerk makes.
 */
export function demoInbox(catalogue: Catalogue, registry: UnitRegistry, year: number): DemoInbox {
  const period = reportPeriod(catalogue.period, year);
  const units = unitsValidIn(registry, period.from, period.to);
  const deadline = isoToExcelSerial(period.deadline);
  const sent = catalogue.roles.sentDate;
  const files: DemoFile[] = [];
  const missing: Unit[] = [];
  units.forEach((unit, index) => {
    const role = ROLES[index % ROLES.length] as Role;
    if (role === "missing") {
      missing.push(unit);
      return;
    }
    const random = seeded(`${unit.code}/${year}`);
    const figures = plausibleFigures(unit, random, catalogue.roles);
    figures[sent] = deadline - 1 - Math.floor(random() * 12);
    const evidence = plausibleEvidence(unit, year);
    const file = (story: Message | null, name = `DVCQ_${year}_${unit.code}.xlsx`): DemoFile => ({
      unit,
      fileName: name,
      figures,
      evidence,
      story,
    });
    switch (role) {
      case "late":
        figures[sent] = deadline + 2 + Math.floor(random() * 7);
        files.push(file(STORY.late));
        return;
      case "twice": {
        files.push(file(STORY.firstSending));
        const corrected = {
          ...figures,
          "2.3": Number(figures["2.3"]) + 5,
          [sent]: Number(figures[sent]) + 1,
        };
        files.push({
          ...file(STORY.sentAgain, `DVCQ_${year}_${unit.code} (gui lai).xlsx`),
          figures: corrected,
        });
        return;
      }
      case "mistakes": {
        figures["6.20"] = Number(figures["6.19"]) + 3;
        figures["6.21"] = Number(figures["6.20"]);
        figures["1.4"] = "1.250";
        delete evidence["5"];
        files.push(file(STORY.mistakes));
        return;
      }
      case "blank":
        for (const code of ["6.15", "6.16", "6.17"]) figures[code] = null;
        files.push(file(STORY.receptionBlank));
        return;
      default:
        files.push(file(null));
    }
  });
  return { year, files, missing };
}

type Role = "normal" | "missing" | "late" | "twice" | "mistakes" | "blank";

/** Spread over the registry's order so both communes and agencies get each case. */
const ROLES: readonly Role[] = [
  "normal",
  "normal",
  "late",
  "normal",
  "mistakes",
  "normal",
  "normal",
  "missing",
  "normal",
  "twice",
  "normal",
  "normal",
  "normal",
  "blank",
  "normal",
  "normal",
  "late",
  "normal",
  "normal",
  "normal",
  "mistakes",
  "normal",
  "missing",
  "normal",
  "normal",
  "normal",
  "normal",
  "normal",
  "normal",
  "normal",
];

type Random = () => number;

/** mulberry32 over a string hash: the same figures on every machine and run. */
function seeded(key: string): Random {
  let state = 2166136261;
  for (let i = 0; i < key.length; i++) state = Math.imul(state ^ key.charCodeAt(i), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Figures that keep every cross-check of the catalogue (R01–R18). */
function plausibleFigures(unit: Unit, random: Random, roles: Roles): Record<string, CellValue> {
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const commune = unit.kind === "X";
  const staff = commune ? int(20, 35) : int(8, 40);
  const f: Record<string, CellValue> = {
    "0.6": staff,
    [roles.reportNumber]: `Số ${int(20, 90)}/BC-${commune ? "UBND" : "NV"}`,
    [roles.preparer]: "Cán bộ phụ trách dân vận",
  };
  if (commune) f["0.7"] = int(6, 18);
  f["1.1"] = int(4, 20);
  f["1.2"] = int(1, Math.min(3, Number(f["1.1"])));
  f["1.3"] = int(1, 8);
  f["1.4"] = Number(f["1.3"]) * int(15, 80);
  f["2.1"] = commune ? int(20, 60) : int(2, 12);
  f["2.2"] = Number(f["2.1"]) * int(25, 90);
  f["2.3"] = int(5, 150);
  if (commune) {
    f["2.4"] = int(0, Math.floor(Number(f["2.1"]) / 3));
    f["2.5"] = int(5, 40);
  }
  f["2.6"] = int(1, 3);
  f["2.7"] = Math.min(3 * staff, Number(f["2.6"]) * int(8, 20));
  f["3.1"] = int(0, 3);
  f["3.2"] = int(0, 3);
  f["3.3"] = int(1, 5);
  f["3.4"] = int(0, Number(f["3.1"]) + Number(f["3.3"]));
  f["3.5"] = int(0, Number(f["3.2"]) + Number(f["3.3"]));
  f["3.6"] = int(0, Number(f["3.4"]) + Number(f["3.5"]));
  f["3.7"] = int(0, 10);
  f["4.1"] = random() < 0.7 ? 100 : int(900, 999) / 10;
  f["4.2"] = int(0, 30);
  f["4.3"] = commune ? int(300, 1500) : int(20, 400);
  f["4.4"] = commune ? int(200, 1200) : int(10, 300);
  const toHandle = Number(f["4.2"]) + Number(f["4.3"]) + Number(f["4.4"]);
  f["4.6"] = int(0, Math.floor(toHandle / 100));
  f["4.7"] = int(0, Math.floor(toHandle / 30));
  f["4.5"] = toHandle - Number(f["4.6"]) - Number(f["4.7"]);
  f["4.10"] = Number(f["4.6"]) + int(0, 2);
  f["4.11"] = int(0, Math.floor(Number(f["4.5"]) * 0.8));
  f["4.12"] = Number(f["4.11"]) > 0 ? int(900, 1000) / 10 : null;
  f["4.13"] = int(600, 1000) / 10;
  f["5.1"] = int(1, 5);
  f["5.2"] = int(1, 6);
  f["5.3"] = int(0, 3);
  f["5.4"] = int(0, Math.min(2, staff));
  f["5.5"] = int(0, 3);
  f["5.6"] = int(0, Math.min(10, staff));
  f["5.7"] = random() < 0.6 ? "Tốt" : random() < 0.85 ? "Khá" : "Trung bình";
  f["6.1"] = int(2, 10);
  f["6.2"] = Number(f["6.1"]) * int(1, 3);
  f["6.3"] = int(0, Number(f["6.2"]));
  f["6.4"] = int(1, 6);
  f["6.5"] = Number(f["6.4"]) * int(20, 80);
  f["6.6"] = int(5, 50);
  f["6.7"] = int(0, Number(f["6.6"]));
  f["6.8"] = int(1, 8);
  if (commune) {
    f["6.9"] = int(2, 10);
    f["6.10"] = int(10, 40);
  } else f["6.13"] = int(1, 2);
  f["6.11"] = commune ? 2 : int(0, 1);
  f["6.12"] = Number(f["6.11"]) > 0 ? int(1, 10) : 0;
  f["6.14"] = commune ? int(52, 60) : int(4, 12);
  f["6.17"] = commune ? int(20, 80) : int(0, 10);
  f["6.15"] = Number(f["6.17"]) + int(0, 15);
  f["6.16"] = Number(f["6.15"]) + int(0, 20);
  f["6.19"] = int(0, 10);
  f["6.22"] = int(0, 30);
  f["6.18"] = Number(f["6.19"]) + Number(f["6.22"]) + int(0, 10);
  f["6.20"] = int(0, Number(f["6.19"]));
  f["6.21"] = int(0, Number(f["6.20"]));
  f["6.23"] = int(0, Number(f["6.22"]));
  return f;
}

function plausibleEvidence(unit: Unit, year: number): Record<string, string> {
  const body = unit.kind === "X" ? "UBND" : "PNV";
  return {
    "1": `Kế hoạch số 12/KH-${body} ngày 05/3/${year}; Công văn số 30/${body} ngày 10/4/${year}`,
    "2": `Báo cáo số 20/BC-${body} ngày 15/9/${year} về công tác tuyên truyền`,
    "3": `Quyết định số 102/QĐ-${body} ngày 20/8/${year} công nhận mô hình "Dân vận khéo"`,
    "4": `Số liệu trên Hệ thống thông tin giải quyết TTHC tỉnh, trích xuất ngày 01/10/${year}`,
    "5": `Kết luận kiểm tra số 05/KL-${body} ngày 12/6/${year}`,
    "6": `Sổ tiếp công dân năm ${year}; Báo cáo số 33/BC-${body} ngày 25/9/${year}`,
    "7": "Báo cáo này",
  };
}
