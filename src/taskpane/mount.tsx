import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { langFromLocale } from "../domain/i18n/lang";
import type { PaneActions } from "../app/paneHost";
import { App } from "./components/App";

export interface PaneHost {
  /** True when Office says the host is Excel; false outside Office or in another Office app. */
  inExcel: boolean;
  /** Office's UI language ("vi-VN", "en-US"), or the browser's outside Office. */
  displayLanguage: string | undefined;
}

/** Renders the pane into the container; actions are created only inside Excel. */
export function mountPane(container: HTMLElement, host: PaneHost, createActions: () => PaneActions): Root {
  const lang = langFromLocale(host.displayLanguage);
  document.documentElement.lang = lang;
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App actions={host.inExcel ? createActions() : null} lang={lang} />
    </FluentProvider>,
  );
  return root;
}
