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
});
