import { importInbox } from "../support/excelMeasures";

describe("importWorkbooks behind the real Office.js client", () => {
  it("inserts each unit's file as it is and moves its names onto its sheet, every request answered", async () => {
    const { fake, wire, files } = await importInbox(3, "inserted");
    try {
      expect(wire.syncs.map((r) => r.error).filter((e) => e !== null)).toEqual([]);
      expect(files.flatMap((f) => f.findings.map((x) => x.rule))).not.toContain("INSERT_REBUILT");
      expect(fake.workbookNames.filter((n) => n.name.startsWith("DVCQ_"))).toEqual([]);
      for (const file of files) {
        const sheet = fake.sheet(file.sheet as string);
        expect(sheet.names.map((n) => n.name)).toEqual(
          expect.arrayContaining(["DVCQ_TEMPLATE", "DVCQ_I_6_20", "DVCQ_E_1"]),
        );
        expect(sheet.names.every((n) => n.formula.startsWith(`='${sheet.name}'!`))).toBe(true);
      }
    } finally {
      wire.uninstall();
    }
  });

  // 100 files rebuilt from the template in one Excel.run: the requests reach ids of six digits, and
  // Excel.run's release of the ranges it kept comes as one request at its end (5,540,995 bytes
  // here when every written range was kept).
  it("rebuilds 100 files from the template (ExcelApi 1.12) with every request under 4 MB, the release at the end included", async () => {
    const { fake, wire, files } = await importInbox(100, "rebuilt");
    try {
      expect(wire.requests.map((r) => r.error).filter((e) => e !== null)).toEqual([]);
      expect(Math.max(...wire.requests.map((r) => r.bytes))).toBeLessThan(4_000_000);
      expect(files.filter((f) => f.decision === "kept")).toHaveLength(100);
      expect(new Set(files.map((f) => f.sheet)).size).toBe(100);
      for (const file of files) expect(fake.sheet(file.sheet as string).names.length).toBeGreaterThan(0);
    } finally {
      wire.uninstall();
    }
  }, 120_000);
});
