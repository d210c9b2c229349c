import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import {
  findUnitByCode,
  findUnitByName,
  parseCsv,
  registryFromRows,
  registryToRows,
  unitsValidIn,
} from "../../src/domain/units/registry";

describe("the unit registry", () => {
  const registry = loadBuiltinRegistry();

  test("the built-in list: 15 communes and the township, 15 agencies", () => {
    expect(registry.units.filter((u) => u.kind === "X")).toHaveLength(15);
    expect(registry.units.filter((u) => u.kind === "C")).toHaveLength(15);
    expect(findUnitByCode(registry, "xa-xuan-hoa")?.name).toBe("Xã Xuân Hòa");
  });

  test("names as clerks type them find the unit", () => {
    for (const typed of ["UBND xã Xuân Hoà", "Xã Xuân Hòa", "xa xuan hoa", "X. Xuân Hòa", "XÃ XUÂN HÒA"]) {
      expect(findUnitByName(registry, typed)?.code).toBe("XA-XUAN-HOA");
    }
    expect(findUnitByName(registry, "TT. Gia Ray")?.code).toBe("TT-GIA-RAY");
    expect(findUnitByName(registry, "P. Nội vụ")?.code).toBe("CQ-NOI-VU");
    expect(findUnitByName(registry, "Phòng NV")?.code).toBe("CQ-NOI-VU");
    expect(findUnitByName(registry, "Xã Xuân Lộc")).toBeUndefined();
  });

  test("a report year picks the units valid in its period", () => {
    expect(unitsValidIn(registry, "2024-10-01", "2025-09-30")).toHaveLength(30);
    expect(unitsValidIn(registry, "2025-10-01", "2026-09-30")).toHaveLength(0);
  });

  test("CSV with quotes, BOM and CRLF round-trips", () => {
    const csv =
      '\ufeffcode,name,kind,parent,aliases\r\nXA-MOI,"Xã Mới, huyện A",X,UBND huyện A,"X. Mới; Xa Moi"\r\n';
    const { registry: r, issues } = registryFromRows(parseCsv(csv));
    expect(issues).toEqual([]);
    expect(r.units).toEqual([
      {
        code: "XA-MOI",
        name: "Xã Mới, huyện A",
        kind: "X",
        parent: "UBND huyện A",
        aliases: ["X. Mới", "Xa Moi"],
      },
    ]);
    expect(registryFromRows(registryToRows(registry)).registry).toEqual(registry);
  });

  test("bad rows are skipped with a Vietnamese reason; a missing column stops", () => {
    const { registry: r, issues } = registryFromRows(
      parseCsv("code,name,kind\nXA-A,Xã A,X\nxa a,,Q\nXA-A,Xã A lặp,X\nCQ-B,Phòng B,C,\n"),
    );
    expect(r.units.map((u) => u.code)).toEqual(["XA-A", "CQ-B"]);
    expect(issues.map((i) => [i.code, i.line, i.message.vi])).toEqual([
      [
        "REGISTRY_ROW",
        3,
        "Dòng 3 của danh sách đơn vị bị bỏ qua: cần mã (chữ in hoa, số, dấu -), tên, loại X, C hoặc office, ngày dạng yyyy-mm-dd.",
      ],
      ["REGISTRY_DUPLICATE", 4, "Mã đơn vị XA-A lặp lại ở dòng 4; dòng này bị bỏ qua."],
    ]);
    const noKind = registryFromRows(parseCsv("code,name\nXA-A,Xã A\n"));
    expect(noKind.issues[0]?.message.vi).toMatch(/^Danh sách đơn vị thiếu cột: kind\./);
  });
});
