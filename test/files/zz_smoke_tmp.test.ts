import { readFileSync } from "node:fs";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
test("smoke", async () => {
  for (const f of ["/tmp/rx/out/f.xlsx", "/tmp/rx/f.xlsx"]) {
    const r = await readWorkbookSnapshot(new Uint8Array(readFileSync(f)));
    if (!r.ok) { console.log(r); continue; }
    for (const s of r.workbook.sheets) console.log(f, s.name, JSON.stringify([...s.cells]), s.names);
  }
});
