import { countBySeverity, type Finding } from "../check/finding";
import { say } from "../i18n/say";
import { utcMsToExcelSerial } from "../period";

/** The sheet of the district workbook that lists every file ever imported, one row each. */
export const INTAKE_LOG_SHEET = "Nhật ký nhận báo cáo";

/** What became of a file: ImportDecision of the pane's contract. */
export type IntakeDecision = "kept" | "replaced" | "rejected" | "keptExisting" | "cancelled";

export const DECISION_TEXT: Record<IntakeDecision, string> = {
  kept: "đã nhận",
  replaced: "đã thay bản cũ",
  rejected: "bị từ chối",
  keptExisting: "giữ bản cũ",
  cancelled: "đã dừng",
};

export interface IntakeEntry {
  fileName: string;
  sizeBytes: number;
  sha256: string;
  unitCode: string | null;
  unitName: string | null;
  year: number | null;
  templateVersion: string | null;
  /** 7.1 as an Excel serial, when the report gives it. */
  sentDate: number | null;
  /** Local date and time as an Excel serial with its fraction of a day. */
  importedAt: number;
  decision: IntakeDecision;
  findings: readonly Finding[];
}

const TEXT = "@";
const WHOLE = "0";
const DATE = "dd/mm/yyyy";
const DATE_TIME = "dd/mm/yyyy hh:mm";

type LogCell = string | number;

interface LogColumn {
  header: string;
  /** Points. */
  width: number;
  format: string;
  value(entry: IntakeEntry): LogCell;
}

const orBlank = <T>(v: T | null): T | "" => (v === null ? "" : v);

export const LOG_COLUMNS: readonly LogColumn[] = [
  { header: "Tên tệp", width: 200, format: TEXT, value: (e) => e.fileName },
  { header: "Dung lượng (byte)", width: 80, format: WHOLE, value: (e) => e.sizeBytes },
  { header: "SHA-256", width: 120, format: TEXT, value: (e) => e.sha256 },
  { header: "Mã đơn vị", width: 100, format: TEXT, value: (e) => orBlank(e.unitCode) },
  { header: "Tên đơn vị", width: 180, format: TEXT, value: (e) => orBlank(e.unitName) },
  { header: "Năm", width: 40, format: WHOLE, value: (e) => orBlank(e.year) },
  { header: "Phiên bản mẫu", width: 90, format: TEXT, value: (e) => orBlank(e.templateVersion) },
  { header: "Ngày gửi (7.1)", width: 75, format: DATE, value: (e) => orBlank(e.sentDate) },
  { header: "Thời điểm nhận", width: 95, format: DATE_TIME, value: (e) => e.importedAt },
  { header: "Kết quả", width: 85, format: TEXT, value: (e) => DECISION_TEXT[e.decision] },
  { header: "Số lỗi", width: 45, format: WHOLE, value: (e) => countBySeverity(e.findings).error },
  { header: "Số cảnh báo", width: 60, format: WHOLE, value: (e) => countBySeverity(e.findings).warning },
  { header: "Lỗi đầu tiên", width: 300, format: TEXT, value: (e) => firstError(e.findings) },
];

function firstError(findings: readonly Finding[]): string {
  const first = findings.find((f) => f.severity === "error");
  return first ? say(first.message, "vi") : "";
}

export const LOG_HEADER: readonly string[] = LOG_COLUMNS.map((c) => c.header);

/** The cells of the log rows and the number format each takes before its value is written. */
export function logRows(entries: readonly IntakeEntry[]): { values: LogCell[][]; formats: string[][] } {
  return {
    values: entries.map((e) => LOG_COLUMNS.map((c) => c.value(e))),
    formats: entries.map(() => LOG_COLUMNS.map((c) => c.format)),
  };
}

/** The clerk's local clock time as an Excel serial. */
export function localDateTimeSerial(at: Date): number {
  const local = Date.UTC(
    at.getFullYear(),
    at.getMonth(),
    at.getDate(),
    at.getHours(),
    at.getMinutes(),
    at.getSeconds(),
  );
  return utcMsToExcelSerial(local);
}

/** Lower-case hex SHA-256 of the bytes (Web Crypto: browsers and Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes.slice());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
