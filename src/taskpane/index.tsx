import type { PaneActions } from "../app/paneHost";
import { mountPane } from "./mount";

function container(): HTMLElement {
  const root = document.getElementById("root");
  if (root === null) throw new Error("taskpane.html has no #root element");
  return root;
}

/**
 * The Excel shell (Office.js calls, the template writer, the checker) loads in its own chunk, fetched
 * on the first call, which the template tab makes right after the pane first renders.
 */
function createLazyExcelActions(): PaneActions {
  let loaded: Promise<PaneActions> | undefined;
  const excel = () => (loaded ??= import("../excel/templateActions").then((m) => m.createExcelActions()));
  return {
    loadRegistry: async () => (await excel()).loadRegistry(),
    createRegistrySheet: async (year) => (await excel()).createRegistrySheet(year),
    placeTemplate: async (request) => (await excel()).placeTemplate(request),
    checkSheets: async (request) => (await excel()).checkSheets(request),
    selectCell: async (sheet, cell) => (await excel()).selectCell(sheet, cell),
    clearMarks: async () => (await excel()).clearMarks(),
    prepareToSend: async (request) => (await excel()).prepareToSend(request),
    importWorkbooks: async (files, handlers) => (await excel()).importWorkbooks(files, handlers),
    rollUp: async (request) => (await excel()).rollUp(request),
    writeFeedback: async (request) => {
      const actions = await excel();
      if (actions.writeFeedback === undefined) throw new Error("the Excel shell writes no feedback sheets");
      return actions.writeFeedback(request);
    },
  };
}

// Without office.js (the CDN unreachable) there is no Office global; the pane still says it needs Excel.
if (typeof Office === "undefined") {
  mountPane(container(), { inExcel: false, displayLanguage: navigator.language }, createLazyExcelActions);
} else {
  void Office.onReady((info) => {
    mountPane(
      container(),
      {
        inExcel: info.host === Office.HostType.Excel,
        displayLanguage: Office.context?.displayLanguage ?? navigator.language,
        officeTheme: Office.context?.officeTheme ?? null,
      },
      createLazyExcelActions,
    );
  });
}
