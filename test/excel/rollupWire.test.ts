import { rollUpWorkbook, REPLACED_SHEETS } from "../../src/excel/rollupActions";
import { inbox } from "../support/excelMeasures";
import { lookOf } from "./workbooks";

/** The roll-up through Microsoft's own client: how the sheets it replaces are addressed. */
describe("rollUpWorkbook behind the real Office.js client", () => {
  it("replaces its sheets on a re-run, deleting each by id, the same sheets and contents as the first", async () => {
    const { fake, wire } = await inbox(6);
    try {
      const first = await rollUpWorkbook({ year: 2024 });
      expect(first.status).toBe("done");
      const names = fake.sheetNames;
      const looks = REPLACED_SHEETS.map((name) => lookOf(fake.sheet(name)));
      wire.resetCounters();

      const again = await rollUpWorkbook({ year: 2024 });

      expect(again).toEqual(first);
      expect(fake.sheetNames).toEqual(names);
      expect(REPLACED_SHEETS.map((name) => lookOf(fake.sheet(name)))).toEqual(looks);
      const deleted = wire.syncs.flatMap((r) =>
        r.body.Actions.filter((a) => a.Name === "Delete").map(
          (a) => r.body.ObjectPaths[a.ObjectPathId]?.Name,
        ),
      );
      // Each sheet, and the name that marks it as the roll-up's, by id or by name, never by place.
      expect(deleted).toHaveLength(2 * REPLACED_SHEETS.length);
      expect(deleted.filter((name) => name === "GetItemAt")).toEqual([]);
    } finally {
      wire.uninstall();
    }
  });

  it("keeps no range of a sheet it reads or a block it writes: Excel.run has nothing to release, for 6 units or 30", async () => {
    for (const units of [6, 30]) {
      const { wire } = await inbox(units);
      try {
        expect((await rollUpWorkbook({ year: 2024 })).status).toBe("done");
        expect(wire.syncCount).toBe(4);
        expect(wire.requests.filter((r) => r.cleanup)).toEqual([]);
      } finally {
        wire.uninstall();
      }
    }
  });
});
