import { refillFromSheet } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { reportPeriod } from "../../src/domain/period";
import { buildDistrictReport } from "../../src/domain/report";
import { rollUp } from "../../src/domain/rollup/rollup";
import {
  officeFor,
  parseCsv,
  registryFromRows,
  registryToRows,
  type UnitRegistry,
} from "../../src/domain/units/registry";
import { catalogue, planSnapshot, registry as builtin, unit } from "../support/filled";
import { planToLines } from "../support/grid";

/** A new commune after the 2025 reform, rolling up its offices, with its own receiving office. */
const COMMUNE_CSV = [
  "code,name,kind,parent,valid_from,valid_to,predecessors,place,symbol,recipients,signer",
  'VP-XA,Văn phòng HĐND và UBND xã Xuân Lộc,office,UBND xã Xuân Lộc,2025-07-01,,,Xuân Lộc,VP,"UBND xã (báo cáo); Lưu: VT",CHÁNH VĂN PHÒNG',
  "PVHXH,Phòng Văn hóa - Xã hội,C,UBND xã Xuân Lộc,2025-07-01,,,Xuân Lộc,VHXH,,",
  "XA-XUAN-LOC,Xã Xuân Lộc,X,UBND tỉnh Đồng Nai,2025-07-01,,TT-GIA-RAY; XA-SUOI-CAT; xa-xuan-tho,Xuân Lộc,UBND,,",
].join("\n");

describe("the receiving office as data", () => {
  it("is read from a row of kind office, beside the units, and written back the same", () => {
    const { registry, issues } = registryFromRows(parseCsv(COMMUNE_CSV));
    expect(issues).toEqual([]);
    expect(registry.units.map((u) => u.code)).toEqual(["PVHXH", "XA-XUAN-LOC"]);
    expect(registry.offices).toEqual([
      {
        code: "VP-XA",
        name: "Văn phòng HĐND và UBND xã Xuân Lộc",
        superior: "UBND xã Xuân Lộc",
        place: "Xuân Lộc",
        symbol: "VP",
        recipients: ["UBND xã (báo cáo)", "Lưu: VT"],
        signerTitle: "CHÁNH VĂN PHÒNG",
        validFrom: "2025-07-01",
      },
    ]);
    expect(registry.units[1]?.predecessors).toEqual(["TT-GIA-RAY", "XA-SUOI-CAT", "XA-XUAN-THO"]);
    expect(registry.units[1]?.office?.code).toBe("VP-XA");
    const again = registryFromRows(registryToRows(registry));
    expect(again.issues).toEqual([]);
    expect(again.registry).toEqual(registry);
  });

  it("a registry of units only still loads, with no office", () => {
    const { registry, issues } = registryFromRows(parseCsv("code,name,kind\nXA-A,Xã A,X\n"));
    expect(issues).toEqual([]);
    expect(registry.offices).toBeUndefined();
    expect(registry.units[0]?.office).toBeUndefined();
  });

  it("the year's office is the one valid in its period", () => {
    const both: UnitRegistry = {
      units: [],
      offices: [
        ...(builtin.offices ?? []),
        ...(registryFromRows(parseCsv(COMMUNE_CSV)).registry.offices ?? []),
      ],
    };
    const officeOfYear = (year: number) => {
      const p = reportPeriod(catalogue.period, year);
      return officeFor(both, p.from, p.to)?.code;
    };
    expect([officeOfYear(2024), officeOfYear(2025), officeOfYear(2026)]).toEqual([
      "CQ-NOI-VU",
      "VP-XA",
      "VP-XA",
    ]);
  });
});

describe("templates name the office and the unit's own number and place", () => {
  const footer = (code: string) => {
    const lines = planToLines(buildTemplatePlan(catalogue, unit(code), 2024).plan);
    return { heading: lines[3], sentTo: lines[lines.findIndex((l) => l.startsWith("Nơi nhận:")) + 1] };
  };

  it("a commune: its symbol and place; sent to the receiving office", () => {
    expect(footer("XA-XUAN-HOA")).toEqual({
      heading: "Số:        /BC-UBND |  |  | Xuân Hòa, ngày …… tháng …… năm 2024",
      sentTo: expect.stringMatching(/^- Phòng Nội vụ \(báo cáo\);/),
    });
  });

  it("an agency without a symbol: dots to fill, the district's place", () => {
    expect(footer("CQ-Y-TE").heading).toBe("Số:        /BC-…… |  |  | Xuân Lộc, ngày …… tháng …… năm 2024");
  });

  it("the receiving office's own report goes to the body above it, never to itself", () => {
    expect(footer("CQ-NOI-VU").sentTo).toMatch(/^- UBND huyện Xuân Lộc \(báo cáo\);/);
  });
});

describe("the district report's issuer", () => {
  it("comes from the registry's office, Nơi nhận as a document lists it", () => {
    const lines = planToLines(buildDistrictReport(rollUp(catalogue, builtin, 2024, [], []), catalogue)[0]!);
    expect(lines.slice(0, 4)).toEqual([
      "UBND HUYỆN XUÂN LỘC |  |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "PHÒNG NỘI VỤ |  |  | Độc lập - Tự do - Hạnh phúc",
      "",
      "Số:        /BC-NV |  |  | Xuân Lộc, ngày …… tháng …… năm 2024",
    ]);
    expect(lines.filter((l) => l.startsWith("- "))).toEqual([
      expect.stringMatching(/^- UBND huyện \(báo cáo\);/),
      expect.stringMatching(/^- Ban Dân vận Huyện ủy;/),
      expect.stringMatching(/^- Lưu: VT, NV\./),
    ]);
  });

  it("leaves dots for the clerk where the registry names no office", () => {
    const unitsOnly: UnitRegistry = { units: builtin.units };
    const lines = planToLines(buildDistrictReport(rollUp(catalogue, unitsOnly, 2024, [], []), catalogue)[0]!);
    expect(lines[0]).toMatch(/^…………… \|/);
    expect(lines[3]).toMatch(/^Số: {8}\/BC- \|.*……………, ngày …… tháng …… năm 2024$/);
  });
});

describe("a sheet placed by an earlier DVCQ, whose heading lines differ", () => {
  it("is refilled without taking the old heading for the clerk's own content; a stray cell is still named", () => {
    const layout = buildTemplatePlan(catalogue, unit("XA-XUAN-HOA"), 2024);
    const placed = planSnapshot(layout.plan).sheets[0]!;
    const cells = new Map(placed.cells);
    const sheet = { ...placed, cells };
    cells.set("A4", { value: "Số:        /BC-" });
    cells.set("D4", { value: "……, ngày …… tháng …… năm 2024" });
    expect(refillFromSheet(layout, sheet).notCarried).toEqual([]);
    cells.set("H30", { value: "ghi chú riêng" });
    expect(refillFromSheet(layout, sheet).notCarried).toEqual(["H30"]);
  });
});
