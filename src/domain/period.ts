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

export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / MS_PER_DAY);
}

export function excelSerialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "2023-10-01" → "01/10/2023", the way Vietnamese documents write dates. */
export function formatViDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
