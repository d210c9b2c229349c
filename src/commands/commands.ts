// The manifest's FunctionFile: the ribbon buttons that act without opening the task pane.
import { createExcelActions } from "../excel/templateActions";

/**
 * "Kiểm tra trang": checks the active sheet and marks the findings' cells, then selects the first
 * error's cell (or the first warning's) so the clerk sees where to look. Without a pane there is
 * nowhere to show a message: a sheet that is not a template, or an Excel that cannot check, is left
 * as it is. Never throws; always tells Office the command is done.
 */
export async function checkActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const actions = createExcelActions();
    const outcome = await actions.checkSheets({ scope: "activeSheet", mark: true });
    if (outcome.status === "checked") {
      const first =
        outcome.findings.find((f) => f.cell !== null && f.severity === "error") ??
        outcome.findings.find((f) => f.cell !== null);
      if (first?.sheet && first.cell) await actions.selectCell(first.sheet, first.cell);
    }
  } catch {
    // Selecting the cell is a courtesy; the marks are already on the sheet.
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  Office.actions.associate("checkActiveSheet", checkActiveSheet);
});
