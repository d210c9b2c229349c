/**
 * @jest-environment jsdom
 *
 * The read-only sheet view draws a template's cells, and no more than 500 rows and 40 columns:
 * one stray cell far out (XFD1048576, which a file may hold) would otherwise draw billions of
 * empty cells and freeze the page. It says so when it stops short.
 */
import { screen } from "@testing-library/react";
import type { SheetSnapshot } from "../../src/domain/read/snapshot";
import type { RawCell } from "../../src/domain/read/values";
import { SheetView } from "../../src/page/SheetView";
import { renderInFluent } from "../taskpane/render";

function sheetOf(cells: Record<string, string | number>): SheetSnapshot {
  const map = new Map<string, RawCell>(Object.entries(cells).map(([ref, value]) => [ref, { value }]));
  return { name: "XA-XUAN-HOA 2024", cells: map, names: [] };
}

test("a template's cells are drawn whole, with nothing said", () => {
  const { container } = renderInFluent(
    <SheetView sheet={sheetOf({ A1: "STT", F92: 7 })} findings={[]} focus={null} />,
    "en",
  );
  expect(container.querySelectorAll("tbody tr")).toHaveLength(92);
  expect(container.querySelector('[data-cell="F92"]')?.textContent).toBe("7");
  expect(screen.queryByText(/Shown up to row/)).toBeNull();
});

test("a cell at XFD1048576 draws 500 rows of 40 columns, and the view says so", () => {
  const { container } = renderInFluent(
    <SheetView sheet={sheetOf({ A1: "STT", D20: 12, XFD1048576: "stray" })} findings={[]} focus={null} />,
    "en",
  );
  expect(container.querySelectorAll("tbody tr")).toHaveLength(500);
  expect(container.querySelectorAll("thead th")).toHaveLength(41);
  expect(container.querySelector('[data-cell="D20"]')?.textContent).toBe("12");
  expect(
    screen.getByText("Shown up to row 500 and column AN; cells beyond are in the file but not shown here."),
  ).toBeTruthy();
});
