import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Lang } from "../../src/domain/i18n/lang";
import { LanguageContext } from "../../src/taskpane/language";

/** Renders a part of the pane as its root does: in Fluent's theme and the pane's language. */
export function renderInFluent(ui: ReactElement, lang: Lang = "vi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageContext.Provider value={lang}>{ui}</LanguageContext.Provider>
    </FluentProvider>,
  );
}
