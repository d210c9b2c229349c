/**
 * A strict fake of the part of the Excel JavaScript API that src/excel uses, modelled on Office.js:
 *
 * - Proxy objects queue commands; `context.sync()` runs the queue in order against an in-memory
 *   workbook. A failing command rejects the sync and, as in Excel, the commands before it stay done.
 *   An empty queue makes no round trip and is not counted.
 * - Every counted sync records its request size (the JSON of its object paths and actions) and its
 *   response size (the JSON of the values its loads return), in UTF-8 bytes. Over 5 MB either way
 *   the sync fails as Excel's does.
 * - Reading a scalar property that was not loaded and synced throws PropertyNotLoaded, also between
 *   `load()` and `sync()`. Setting a property caches the value on the proxy, as Office.js does.
 * - `*OrNullObject` gives an object whose `isNullObject` is readable after the sync; reading its
 *   properties gives undefined. Anything queued on a child of a null object fails (InvalidObjectPath):
 *   the adapter must not rely on chaining through null objects.
 * - Each API member carries the ExcelApi version that introduced it; a command needing a newer version
 *   than the fake declares fails with ApiNotFound, and `Office.context.requirements.isSetSupported`
 *   answers from the same declaration.
 * - Text typed into a cell is parsed like Excel with en-US settings unless the cell's number format
 *   is "@": "=…" becomes a formula; "+…", "-…", "@…" that are not numbers become a broken formula
 *   (#NAME?); "02" and "1.234" numbers; "01/10/2024" a date serial. Formulas are not calculated: a
 *   formula cell reads as "" unless a test seeded its result with `setFormula`.
 * - Conditional formats are added at the top priority, as Excel adds them; a protected sheet refuses
 *   adding and deleting them unless formatting cells is allowed, as Excel's Protect Sheet does.
 * - `Excel.createWorkbook(base64)` records the files it was given in `createdWorkbooks`.
 */
export { FakeOfficeError } from "./errors";
export {
  conditionalFormat,
  FakeSheet,
  type BordersModel,
  type CellKind,
  type CellView,
  type ChartModel,
  type ConditionalBorderModel,
  type ConditionalFormatModel,
  type FontModel,
  type NameView,
  type PageLayoutModel,
  type PivotTableModel,
  type TableModel,
  type ValidationModel,
} from "./model";
export { FakeExcel, type FakeExcelOptions, type SyncRecord } from "./workbook";
export { FakeRequestContext } from "./context";
export { FakeClientResult } from "./workbookProxies";
