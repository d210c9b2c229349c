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

  it("settles the inserted sheets a few at a time: the settling reads answer those sheets' names, not every file's so far", async () => {
    // About five files (26 KB each in base64) to a request, settled once five or more have come in.
    const largest: number[] = [];
    for (const settledTogether of [Infinity, 5]) {
      const { fake, wire, files } = await importInbox(30, "inserted", "web-16.00", {
        requestBytes: 140_000,
        settledTogether,
      });
      try {
        expect(wire.requests.map((r) => r.error).filter((e) => e !== null)).toEqual([]);
        expect(files.filter((f) => f.sheet !== null)).toHaveLength(30);
        expect(files.flatMap((f) => f.findings.map((x) => x.rule))).not.toContain("INSERT_REBUILT");
        expect(fake.workbookNames.filter((n) => n.name.startsWith("DVCQ_"))).toEqual([]);
        for (const file of files) {
          const sheet = fake.sheet(file.sheet as string);
          expect(sheet.names.map((n) => n.name)).toContain("DVCQ_TEMPLATE");
          expect(sheet.names.every((n) => n.formula.startsWith(`='${sheet.name}'!`))).toBe(true);
        }
        largest.push(wire.maxResponseBytes);
      } finally {
        wire.uninstall();
      }
    }
    const [allAtOnce, fiveAtATime] = largest as [number, number];
    expect(fiveAtATime).toBeLessThan(allAtOnce / 3);
  }, 120_000);

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
