import { FluentProvider } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { langFromLocale } from "../domain/i18n/lang";
import type { PaneActions } from "../app/paneHost";
import { App } from "./components/App";
import {
  browserColourScheme,
  FILL_PANE,
  paneColourScheme,
  renderWithTheme,
  type OfficeThemeColours,
} from "./theme";

export interface PaneHost {
  /** True when Office says the host is Excel; false outside Office or in another Office app. */
  inExcel: boolean;
  /** Office's UI language ("vi-VN", "en-US"), or the browser's outside Office. */
  displayLanguage: string | undefined;
  /** Office.context.officeTheme; none outside Office. */
  officeTheme?: OfficeThemeColours | null;
}

/** Renders the pane into the container; actions are created only inside Excel. */
export function mountPane(container: HTMLElement, host: PaneHost, createActions: () => PaneActions): Root {
  const lang = langFromLocale(host.displayLanguage);
  const actions = host.inExcel ? createActions() : null;
  document.documentElement.lang = lang;
  const root = createRoot(container);
  renderWithTheme(paneColourScheme(host.officeTheme, browserColourScheme()), (theme) =>
    root.render(
      <FluentProvider theme={theme} style={FILL_PANE}>
        <App actions={actions} lang={lang} />
      </FluentProvider>,
    ),
  );
  return root;
}
