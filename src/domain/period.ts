import type { PeriodConfig } from "./catalogue/types";

export interface ReportPeriod {
  /** ISO dates, inclusive. */
  from: string;
  to: string;
  /** The last day a report counts as sent on time. */
  deadline: string;
}

export function reportPeriod(config: PeriodConfig, year: number): ReportPeriod {
  return {
    from: `${year - 1}-${config.fromMonthDay}`,
    to: `${year}-${config.toMonthDay}`,
    deadline: `${year}-${config.deadlineMonthDay}`,
  };
}

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 date system, counting its phantom 29/02/1900. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** A moment in UTC milliseconds as an Excel serial: days since Excel's day 0 and the fraction of the day. */
export function utcMsToExcelSerial(ms: number): number {
  return (ms - EXCEL_EPOCH_UTC) / MS_PER_DAY;
}

export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round(utcMsToExcelSerial(Date.UTC(y, m - 1, d)));
}

export function excelSerialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "2023-10-01" → "01/10/2023", the way Vietnamese documents write dates. */
export function formatViDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** The report year a form or command starts from when none is given, and where its deadline stands. */
export interface DefaultYear {
  year: number;
  /** ISO date of that year's deadline. */
  deadline: string;
  /** Whether the deadline is behind `today` (the district may still be gathering late reports). */
  passed: boolean;
}

/**
 * The report year whose deadline is next or has just passed. "Just passed" lasts until the end of
 * the deadline's calendar year: after the deadline the district still takes late reports, rolls
 * them up and answers the province's corrections into December, while from 1 January the next
 * year's deadline is the one ahead (its period began on 1 October). `today` is the clerk's local
 * date, yyyy-mm-dd.
 */
export function defaultReportYear(config: PeriodConfig, today: string): DefaultYear {
  const year = Number(today.slice(0, 4));
  // The deadline of report year Y falls in Y, so Y's "just passed" ends on 31/12 of Y.
  const deadline = reportPeriod(config, year).deadline;
  return { year, deadline, passed: today > deadline };
}

/** A Date's day on the clerk's own calendar (local time), yyyy-mm-dd. */
export function localIsoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
