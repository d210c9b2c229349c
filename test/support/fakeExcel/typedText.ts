import { invalidArgument } from "./errors";
import { CellModel } from "./model";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const THOUSANDS_TEXT = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const US_DATE_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const ISO_DATE_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function dateSerial(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round((ms - EXCEL_EPOCH_MS) / 86_400_000);
}

/** Writes one entry of a values/formulas array into a cell as Excel (en-US) would take it. */
export function typeInto(cell: CellModel, input: unknown, where: string): void {
  if (input === null || input === undefined) return;
  const set = (value: string | number | boolean, formula: string | null = null, isError = false): void => {
    cell.value = value;
    cell.formula = formula;
    cell.isError = isError;
  };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument(`The number ${input} cannot be stored.`, where);
    return set(input);
  }
  if (typeof input === "boolean") return set(input);
  if (typeof input !== "string") throw invalidArgument(`A cell cannot hold ${JSON.stringify(input)}.`, where);
  if (cell.numberFormat === "@" || input === "") return set(input);
  if (input.startsWith("=")) return set("", input);
  if (NUMBER_TEXT.test(input)) return set(Number(input));
  if (THOUSANDS_TEXT.test(input)) return set(Number(input.replace(/,/g, "")));
  if (/^[+\-@]/.test(input)) return set("#NAME?", `=${input.replace(/^[+@]/, "")}`, true);
  const us = US_DATE_TEXT.exec(input);
  const iso = ISO_DATE_TEXT.exec(input);
  const serial = us
    ? dateSerial(Number(us[3]) < 100 ? 2000 + Number(us[3]) : Number(us[3]), Number(us[1]), Number(us[2]))
    : iso
      ? dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]))
      : null;
  if (serial !== null) {
    if (cell.numberFormat === "General") cell.numberFormat = "m/d/yyyy";
    return set(serial);
  }
  if (/^(true|false)$/i.test(input)) return set(input.toLowerCase() === "true");
  set(input);
}
