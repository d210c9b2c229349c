import type { Finding } from "../../src/domain/check/finding";
import { cellsToMark } from "../../src/excel/marks";

function finding(sheet: string | null, cell: string | null, severity: Finding["severity"]): Finding {
  return { rule: "R01", severity, unit: null, sheet, cell, section: null, message: { vi: "", en: "" } };
}

describe("cellsToMark", () => {
  it("marks each cell once, red where any of its findings is an error", () => {
    const marks = cellsToMark([
      finding("A", "D27", "warning"),
      finding("A", "D27", "error"),
      finding("A", "D28", "warning"),
      finding("B", "D27", "warning"),
      finding("A", null, "error"),
      finding(null, null, "warning"),
    ]);

    expect(marks).toEqual(
      new Map([
        [
          "A",
          new Map([
            ["D27", "error"],
            ["D28", "warning"],
          ]),
        ],
        ["B", new Map([["D27", "warning"]])],
      ]),
    );
  });

  it("marks errors before warnings when there are more cells than one batch can carry", () => {
    const marks = cellsToMark(
      [
        finding("A", "D1", "warning"),
        finding("A", "D2", "error"),
        finding("B", "D3", "warning"),
        finding("B", "D4", "error"),
      ],
      3,
    );

    expect(marks).toEqual(
      new Map([
        [
          "A",
          new Map([
            ["D2", "error"],
            ["D1", "warning"],
          ]),
        ],
        ["B", new Map([["D4", "error"]])],
      ]),
    );
  });
});
