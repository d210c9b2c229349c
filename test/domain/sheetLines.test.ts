/**
 * A sheet's lower rows made by a function (SheetBuilder.lines): held as cells, or streamed, made
 * again as a writer reaches each row, the same cells, merges and heights either way.
 */
import { planCells } from "../../src/domain/layout/sheetPlan";
import { printSetup, sheetBuilder, type SheetBuilder } from "../../src/domain/report/sheetKit";

const FRAME = {
  name: "Thử",
  columnWidths: [6, 30, 11, 11],
  styles: {},
  freezeRows: 1,
  print: printSetup("portrait", "$1:$1"),
};

/** A heading row, then units (a long name wraps), a band of a total last. */
function plan(streamed: boolean, line?: (i: number, row: number, b: SheetBuilder) => void) {
  const b = sheetBuilder();
  b.put(1, 1, "Tiêu đề", "title");
  const names = ["Xã A", "Xã có một cái tên rất dài, dài hơn cột của nó nhiều lần", "Xã C"];
  b.lines(
    3,
    names.length + 1,
    line ??
      ((i, row, lb) => {
        if (i === names.length) {
          lb.band(row, 1, 2, "Cộng", "total");
          lb.put(row, 4, 30, "total");
          return;
        }
        lb.put(row, 1, i + 1, "count");
        lb.put(row, 2, names[i] as string, "text");
        lb.fit(row, names[i] as string, 10);
        lb.put(row, 3, (i + 1) * 10, "figure");
      }),
    streamed,
  );
  return b.done(FRAME);
}

test("streamed or held, a sheet's lines give the same cells, merges and row heights", () => {
  const held = plan(false);
  const streamed = plan(true);
  expect(held.rows).toBeUndefined();
  expect(streamed.rows).toMatchObject({ from: 3, count: 4, lastCol: 4 });
  expect(streamed.cells.map((c) => c.ref)).toEqual(["A1"]);
  expect([...planCells(streamed)]).toEqual([...planCells(held)]);
  expect(streamed.merges).toEqual(["A6:B6"]);
  expect(held.merges).toEqual(["A6:B6"]);
  expect(streamed.rowHeights).toEqual(held.rowHeights);
  expect(Object.keys(held.rowHeights)).toEqual(["4"]);
  // Made again each time a writer asks: the same row twice.
  expect(streamed.rows!.cells(3)).toEqual(streamed.rows!.cells(3));
  expect(streamed.rows!.cells(3).map((c) => c.ref)).toEqual(["A6", "B6", "D6"]);
});

test("a line that puts a cell on another row is refused before anything is written", () => {
  const strays = (i: number, row: number, lb: SheetBuilder): void =>
    lb.put(i === 1 ? row + 1 : row, 1, i, "x");
  expect(() => plan(true, strays)).toThrow("line 1 puts a cell on row 5, not its own row 4");
});

test("a cell put where the streamed lines are, or a second run of streamed lines, is refused", () => {
  const b = sheetBuilder();
  b.lines(2, 2, (_i, row, lb) => lb.put(row, 1, row, "x"), true);
  b.put(3, 2, "over a line", "x");
  expect(() => b.done(FRAME)).toThrow("row 2");
  const twice = sheetBuilder();
  twice.lines(2, 1, (_i, row, lb) => lb.put(row, 1, row, "x"), true);
  expect(() => twice.lines(3, 1, (_i, row, lb) => lb.put(row, 1, row, "x"), true)).toThrow("one run");
});
