import { deserialize, serialize } from "node:v8";
import { FigureColumns } from "../../src/domain/read/figureColumns";
import type { Figure } from "../../src/domain/read/submission";

const read = (figures: Figure[]): Map<string, Figure> => new Map(figures.map((f) => [f.code, f]));

const SHEET: Figure[] = [
  { code: "0.1", cell: "D5", value: "XA-XUAN-HOA", status: "ok" },
  { code: "1.1", cell: "D14", value: 12, status: "ok" },
  { code: "1.2", cell: "D15", value: 3.25, status: "ok" },
  { code: "1.3", cell: "D16", value: null, status: "blank" },
  { code: "1.4", cell: "D17", value: null, status: "invalid" },
  { code: "1.5", cell: null, value: null, status: "missing" },
  { code: "1.6", cell: "D19", value: 45_200, status: "ok" },
];

test("the columns hold every figure of the map, in its order", () => {
  const map = read(SHEET);
  const columns = FigureColumns.of(map);
  expect(columns.size).toBe(SHEET.length);
  expect([...columns]).toEqual([...map]);
  expect([...columns.entries()]).toEqual([...map.entries()]);
  expect([...columns.keys()]).toEqual(SHEET.map((f) => f.code));
  expect([...columns.values()]).toEqual(SHEET);
  for (const f of SHEET) {
    expect(columns.get(f.code)).toEqual(f);
    expect(columns.has(f.code)).toBe(true);
  }
  expect(columns.get("9.9")).toBeUndefined();
  expect(columns.has("9.9")).toBe(false);
  const seen: [string, Figure][] = [];
  const self = {};
  columns.forEach(function (this: unknown, figure, code, owner) {
    expect(this).toBe(self);
    expect(owner).toBe(columns);
    seen.push([code, figure]);
  }, self);
  expect(seen).toEqual([...map]);
});

test("a figure given is the reader's to change: the columns keep theirs", () => {
  const columns = FigureColumns.of(read(SHEET));
  const figure = columns.get("1.1") as Figure;
  figure.value = 99;
  expect(columns.get("1.1")?.value).toBe(12);
});

test("after a structured clone (a worker's check), revived columns read as before", () => {
  const columns = FigureColumns.of(read(SHEET));
  const cloned = deserialize(serialize({ figures: columns })) as { figures: ReadonlyMap<string, Figure> };
  expect(cloned.figures).not.toBeInstanceOf(FigureColumns);
  const revived = FigureColumns.revive(cloned.figures);
  expect(revived).toBeInstanceOf(FigureColumns);
  expect([...revived]).toEqual([...read(SHEET)]);
  expect(revived.get("1.2")).toEqual(SHEET[2]);
});

test("a Map or columns already are given back as they are", () => {
  const map = read(SHEET);
  const columns = FigureColumns.of(map);
  expect(FigureColumns.revive(map)).toBe(map);
  expect(FigureColumns.revive(columns)).toBe(columns);
});

test("sheets read in the same order share one array of codes; another order has its own", () => {
  const a = FigureColumns.of(read(SHEET));
  const b = FigureColumns.of(read(SHEET.map((f) => ({ ...f, value: null, status: "blank" as const }))));
  const other = FigureColumns.of(read([...SHEET].reverse()));
  const codesOf = (c: FigureColumns): unknown => (c as unknown as { codes: unknown }).codes;
  expect(codesOf(a)).toBe(codesOf(b));
  expect(codesOf(other)).not.toBe(codesOf(a));
  expect([...other.keys()]).toEqual(SHEET.map((f) => f.code).reverse());
});

test("no figures: an empty table", () => {
  const empty = FigureColumns.of(new Map());
  expect(empty.size).toBe(0);
  expect([...empty]).toEqual([]);
  expect(empty.get("1.1")).toBeUndefined();
});
