import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { FACTS_COLUMNS } from "../../src/domain/report/facts";
import { parseCsv } from "../../src/domain/units/registry";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "dvcq-facts-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = async (argv: string[]) => {
  const err: string[] = [];
  const code = await main(argv, { stdout: () => undefined, stderr: (t) => err.push(t), cwd: dir });
  return { code, stderr: err.join("\n") };
};

test("rollup --facts: the Dữ liệu table as CSV, with provenance; atomic, refused onto inputs and others' files", async () => {
  expect((await run(["demo", "--out", "d"])).code).toBeLessThan(2);
  const args = ["rollup", "d/inbox", "--year", "2024", "--out", "r.xlsx", "--json", "r.json"];
  expect((await run([...args, "--facts", "du-lieu.csv"])).code).toBeLessThan(2);
  const text = await readFile(path.join(dir, "du-lieu.csv"), "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual([...FACTS_COLUMNS]);
  // Each row: year, unit, kind, section, code, label, value, then where it was read.
  const col = (name: (typeof FACTS_COLUMNS)[number]): number => FACTS_COLUMNS.indexOf(name);
  const hoa = rows.find((r) => r[col("Mã đơn vị")] === "XA-XUAN-HOA" && r[col("Mã chỉ tiêu")] === "6.20");
  expect(hoa?.[col("Năm")]).toBe("2024");
  expect(hoa?.[col("Loại đơn vị")]).toBe("Xã, thị trấn");
  expect(hoa?.[col("Tệp nguồn")]).toMatch(/DVCQ_2024_XA-XUAN-HOA.*\.xlsx$/);
  expect(hoa?.[col("Ô")]).toMatch(/^D\d+$/);
  // As many rows as figures the JSON summary counts as reported, for the count indicators.
  const summary = JSON.parse(await readFile(path.join(dir, "r.json"), "utf8")) as {
    indicators: Record<string, { reported: number }>;
  };
  expect(rows.filter((r) => r[col("Mã chỉ tiêu")] === "6.20")).toHaveLength(
    summary.indicators["6.20"]?.reported ?? -1,
  );

  // A re-run replaces its own CSV; a file of someone else's only with --force; never an input.
  expect((await run([...args, "--facts", "du-lieu.csv"])).code).toBeLessThan(2);
  await writeFile(path.join(dir, "notes.csv"), "my own notes\r\n");
  expect(await run([...args, "--facts", "notes.csv"])).toMatchObject({
    code: 2,
    stderr:
      "Tệp notes.csv đã có và không phải tệp dữ liệu CSV do dvcq ghi; không ghi đè. Chọn tên khác, hoặc thêm --force.",
  });
  expect(await readFile(path.join(dir, "notes.csv"), "utf8")).toBe("my own notes\r\n");
  const input = "d/inbox/DVCQ_2024_XA-XUAN-HOA.xlsx";
  const refused = await run([...args, "--facts", input]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("--facts");
});
