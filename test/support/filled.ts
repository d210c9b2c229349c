import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { checkSources, type BatchCheck, type Source } from "../../src/domain/check/batch";
import { demoInbox, type DemoFile, type DemoInbox } from "../../src/domain/demo/inbox";
import { fillPlan } from "../../src/domain/layout/filled";
import {
  buildTemplatePlan,
  evidenceName,
  headerName,
  indicatorName,
  type TemplateLayout,
} from "../../src/domain/layout/template";
import { isoToExcelSerial } from "../../src/domain/period";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import type { WorkbookSnapshot } from "../../src/domain/read/snapshot";
import type { RawCell } from "../../src/domain/read/values";
import { rollUp, type Rollup } from "../../src/domain/rollup/rollup";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { findUnitByCode, type Unit } from "../../src/domain/units/registry";

export const catalogue = loadBuiltinCatalogue();
export const registry = loadBuiltinRegistry();

/** A commune's figures that break no rule of the catalogue. */
export const CLEAN_COMMUNE: Record<string, string | number> = {
  "0.6": 25,
  "0.7": 12,
  "0.8": "Số 45/BC-UBND ngày 08/10/2024",
  "0.9": "Nguyễn Văn An, 0251 3871 234",
  "1.1": 12,
  "1.2": 2,
  "1.3": 4,
  "1.4": 320,
  "2.1": 48,
  "2.2": 3650,
  "2.3": 126,
  "2.4": 10,
  "2.5": 35,
  "2.6": 2,
  "2.7": 40,
  "3.1": 2,
  "3.2": 3,
  "3.3": 4,
  "3.4": 2,
  "3.5": 3,
  "3.6": 1,
  "3.7": 6,
  "4.1": 100,
  "4.2": 15,
  "4.3": 820,
  "4.4": 1240,
  "4.5": 2030,
  "4.6": 5,
  "4.7": 40,
  "4.10": 5,
  "4.11": 1500,
  "4.12": 98.5,
  "4.13": 85.2,
  "5.1": 3,
  "5.2": 4,
  "5.3": 1,
  "5.4": 0,
  "5.5": 2,
  "5.6": 5,
  "5.7": "Tốt",
  "6.1": 6,
  "6.2": 14,
  "6.3": 12,
  "6.4": 4,
  "6.5": 260,
  "6.6": 38,
  "6.7": 35,
  "6.8": 5,
  "6.9": 7,
  "6.10": 24,
  "6.11": 2,
  "6.12": 8,
  "6.14": 52,
  "6.15": 61,
  "6.16": 70,
  "6.17": 55,
  "6.18": 42,
  "6.19": 9,
  "6.20": 8,
  "6.21": 7,
  "6.22": 30,
  "6.23": 28,
  "7.1": isoToExcelSerial("2024-10-10"),
};

export const CLEAN_EVIDENCE: Record<string, string> = {
  "1": "Kế hoạch số 12/KH-UBND ngày 05/3/2024; Công văn số 30/UBND ngày 10/4/2024",
  "2": "Báo cáo số 20/BC-UBND ngày 15/9/2024 về công tác tuyên truyền",
  "3": "Quyết định số 102/QĐ-UBND ngày 20/8/2024 công nhận mô hình",
  "4": "Số liệu trên Hệ thống thông tin giải quyết TTHC tỉnh, trích xuất ngày 01/10/2024",
  "5": "Kết luận kiểm tra số 05/KL-UBND ngày 12/6/2024",
  "6": "Sổ tiếp công dân; Báo cáo số 33/BC-UBND ngày 25/9/2024",
  "7": "Báo cáo này",
};

export function unit(code: string): Unit {
  const found = findUnitByCode(registry, code);
  if (!found) throw new Error(`no unit ${code}`);
  return found;
}

export interface FilledSheet {
  layout: TemplateLayout;
  snapshot: WorkbookSnapshot;
  /** A1 of an indicator's value cell. */
  cellOf: (code: string) => string;
}

/**
 * A template sheet as a shell would snapshot it after the clerk typed `figures`: the real layout,
 * workbook-scoped names, and each figure's raw cell (a number, or a RawCell to say how it was typed).
 */
export function filledTemplate(
  unitCode = "XA-XUAN-HOA",
  year = 2024,
  figures: Record<string, string | number | RawCell | null> = CLEAN_COMMUNE,
  evidence: Record<string, string | null> = CLEAN_EVIDENCE,
): FilledSheet {
  const layout = buildTemplatePlan(catalogue, unit(unitCode), year);
  const plan = layout.plan;
  const cells = new Map<string, RawCell>();
  for (const cell of plan.cells) {
    if (cell.formula) cells.set(cell.ref, { value: null, formula: cell.formula });
    else if (cell.value !== null && cell.value !== undefined) cells.set(cell.ref, { value: cell.value });
  }
  const nameRef = new Map(plan.names.map((n) => [n.name, n.ref.replace(/\$/g, "")]));
  const cellOf = (code: string): string => {
    const ref = nameRef.get(code.startsWith("0.") ? headerName(code) : indicatorName(code));
    if (!ref) throw new Error(`no cell for ${code}`);
    return ref;
  };
  for (const [code, value] of Object.entries(figures)) {
    const ref = nameRef.get(code.startsWith("0.") ? headerName(code) : indicatorName(code));
    if (!ref) continue;
    if (value === null) cells.delete(ref);
    else cells.set(ref, typeof value === "object" ? value : { value });
  }
  for (const [section, text] of Object.entries(evidence)) {
    const ref = nameRef.get(evidenceName(section)) as string;
    if (text === null) cells.delete(ref);
    else cells.set(ref, { value: text });
  }
  const quoted = `'${plan.name}'`;
  return {
    layout,
    cellOf,
    snapshot: {
      sheets: [{ name: plan.name, cells, names: [] }],
      names: plan.names.map((n) => ({ name: n.name, ref: `${quoted}!${n.ref}` })),
    },
  };
}

/** A plan (filled or not) as a shell would snapshot it: cells as typed, workbook-scoped names. */
export function planSnapshot(plan: SheetPlan): WorkbookSnapshot {
  const cells = new Map<string, RawCell>();
  for (const c of plan.cells) {
    if (c.formula) cells.set(c.ref, { value: null, formula: c.formula });
    else if (c.value !== null && c.value !== undefined) cells.set(c.ref, { value: c.value });
  }
  return {
    sheets: [{ name: plan.name, cells, names: [] }],
    names: plan.names.map((n) => ({ name: n.name, ref: `'${plan.name}'!${n.ref}` })),
  };
}

/** The demo inbox of 2024 as a shell reads it: each file's filled template as a snapshot, named by `nameOf`. */
export function demoSources(nameOf: (file: DemoFile, index: number) => string = (file) => file.fileName): {
  inbox: DemoInbox;
  sources: Source[];
} {
  const inbox = demoInbox(catalogue, registry, 2024);
  const sources = inbox.files.map((f, i) => ({
    name: nameOf(f, i),
    workbook: planSnapshot(
      fillPlan(buildTemplatePlan(catalogue, f.unit, 2024), { figures: f.figures, evidence: f.evidence }),
    ),
  }));
  return { inbox, sources };
}

/** Sources of 2024 checked and rolled up with the built-in catalogue and registry, as every shell does. */
export function rolledUp(sources: readonly Source[]): { checked: BatchCheck; rollup: Rollup } {
  const checked = checkSources(sources, catalogue, registry, { expectedYear: 2024 });
  return { checked, rollup: rollUp(catalogue, registry, 2024, checked.submissions, checked.findings) };
}
