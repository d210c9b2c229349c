import { createExcelActions } from "../excel/templateActions";
import { mountPane } from "./mount";

function container(): HTMLElement {
  const root = document.getElementById("root");
  if (root === null) throw new Error("taskpane.html has no #root element");
  return root;
}

// Without office.js (the CDN unreachable) there is no Office global; the pane still says it needs Excel.
if (typeof Office === "undefined") {
  mountPane(container(), { inExcel: false, displayLanguage: navigator.language }, createExcelActions);
} else {
  void Office.onReady((info) => {
    mountPane(
      container(),
      {
        inExcel: info.host === Office.HostType.Excel,
        displayLanguage: Office.context?.displayLanguage ?? navigator.language,
      },
      createExcelActions,
    );
  });
}
