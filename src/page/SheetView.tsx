import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Finding } from "../domain/check/finding";
import { columnLetters, parseCell } from "../domain/layout/a1";
import { excelSerialToIso, formatViDate } from "../domain/period";
import type { SheetSnapshot } from "../domain/read/snapshot";
import type { RawCell } from "../domain/read/values";
import { P } from "./strings";
import { useT } from "../taskpane/language";

const useStyles = makeStyles({
  scroll: {
    maxHeight: "480px",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    verticalAlign: "top",
    maxWidth: "360px",
  },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, textAlign: "right" },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
  },
  warning: { backgroundColor: tokens.colorPaletteMarigoldBackground2 },
  current: { outline: `3px solid ${tokens.colorBrandStroke1}` },
});

function shown(cell: RawCell | undefined): string {
  if (cell === undefined) return "";
  if (cell.error !== undefined) return cell.error;
  const { value, numberFormat } = cell;
  if (
    typeof value === "number" &&
    numberFormat !== undefined &&
    /[dy]/i.test(numberFormat.replace(/"[^"]*"/g, ""))
  )
    return formatViDate(excelSerialToIso(value));
  return value === null ? (cell.formula ?? "") : String(value);
}

/** The most rows and columns drawn: a template's are some 100 by 6. */
const SHOWN = { rows: 500, cols: 40 };

/** A template sheet as read from the file, the cells of findings highlighted; nothing can be typed. */
export function SheetView(props: {
  sheet: SheetSnapshot;
  findings: readonly Finding[];
  focus: string | null;
}) {
  const { sheet, findings, focus } = props;
  const t = useT();
  const styles = useStyles();
  const focused = useRef<HTMLTableCellElement>(null);
  useEffect(() => {
    focused.current?.scrollIntoView({ block: "center" });
    focused.current?.focus();
  }, [focus]);
  let rows = 0;
  let cols = 0;
  for (const ref of sheet.cells.keys()) {
    const { row, col } = parseCell(ref);
    rows = Math.max(rows, row);
    cols = Math.max(cols, col);
  }
  // One stray cell far out (XFD1048576) would otherwise draw billions of empty ones.
  const clipped = rows > SHOWN.rows || cols > SHOWN.cols;
  rows = Math.min(rows, SHOWN.rows);
  cols = Math.min(cols, SHOWN.cols);
  const severity = new Map<string, Finding["severity"]>();
  for (const f of findings)
    if (f.sheet === sheet.name && f.cell !== null && severity.get(f.cell) !== "error")
      severity.set(f.cell, f.severity);
  const letters = Array.from({ length: cols }, (_, i) => columnLetters(i + 1));
  return (
    <>
      {clipped && <p>{t(P.sheetClipped(SHOWN.rows, columnLetters(SHOWN.cols)))}</p>}
      <div
        className={styles.scroll}
        role="region"
        aria-label={`${t(P.sheetHeading)}: ${sheet.name}`}
        tabIndex={0}
      >
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.cell, styles.head)} />
              {letters.map((l) => (
                <th key={l} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row" className={mergeClasses(styles.cell, styles.rowHead)}>
                  {r + 1}
                </th>
                {letters.map((l) => {
                  const ref = `${l}${r + 1}`;
                  const level = severity.get(ref);
                  return (
                    <td
                      key={ref}
                      ref={ref === focus ? focused : undefined}
                      tabIndex={ref === focus ? -1 : undefined}
                      data-cell={ref}
                      className={mergeClasses(
                        styles.cell,
                        level === "error" && styles.error,
                        level === "warning" && styles.warning,
                        ref === focus && styles.current,
                      )}
                    >
                      {shown(sheet.cells.get(ref))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
