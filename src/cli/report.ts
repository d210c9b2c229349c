import type { BatchCheck, SourcedFinding } from "../domain/check/batch";
import { countBySeverity } from "../domain/check/finding";
import type { Lang } from "../domain/i18n/lang";
import { say } from "../domain/i18n/say";

/** `check --json`: the array of shared/contract.md, and nothing else. */
export function findingsAsJson(findings: readonly SourcedFinding[], lang: Lang): string {
  return JSON.stringify(
    findings.map((f) => ({
      file: f.file,
      unit: f.unit,
      sheet: f.sheet,
      cell: f.cell,
      rule: f.rule,
      severity: f.severity,
      message: say(f.message, lang),
    })),
    null,
    2,
  );
}

const MARK = { error: "✖", warning: "⚠" } as const;

/** Findings grouped by file and sheet, errors first, with counts. */
export function findingsAsText(result: BatchCheck, lang: Lang): string {
  const lines: string[] = [];
  for (const { name: file, submissions, findings: here } of result.bySource) {
    const sheets = [...new Set([...submissions.map((s) => s.sheet), ...here.map((f) => f.sheet)])];
    for (const sheet of sheets) {
      const submission = submissions.find((s) => s.sheet === sheet);
      const list = here
        .filter((f) => f.sheet === sheet)
        .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
      const { error, warning } = countBySeverity(list);
      const who = submission?.unit
        ? `${submission.unit.name} (${submission.unit.code})`
        : (submission?.typedUnitCode ?? "");
      const title = [file, sheet, who, submission?.year ? String(submission.year) : ""]
        .filter(Boolean)
        .join(" › ");
      const tally =
        lang === "vi"
          ? list.length === 0
            ? "không có lỗi"
            : `${error} lỗi, ${warning} cảnh báo`
          : list.length === 0
            ? "no findings"
            : `${error} error(s), ${warning} warning(s)`;
      lines.push(`${title}: ${tally}`);
      for (const f of list)
        lines.push(
          `  ${MARK[f.severity]} ${f.rule.padEnd(20)} ${(f.cell ?? "").padEnd(5)} ${say(f.message, lang)}`,
        );
    }
  }
  const total = countBySeverity(result.findings);
  lines.push(
    lang === "vi"
      ? `Tổng: ${result.bySource.length} tệp, ${result.submissions.length} trang mẫu biểu, ${total.error} lỗi, ${total.warning} cảnh báo.`
      : `Total: ${result.bySource.length} file(s), ${result.submissions.length} template sheet(s), ${total.error} error(s), ${total.warning} warning(s).`,
  );
  return lines.join("\n");
}
