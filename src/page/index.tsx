import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langFromLocale } from "../domain/i18n/lang";
import { browserColourScheme, FILL_PANE, renderWithTheme } from "../taskpane/theme";
import { PageApp } from "./PageApp";

const container = document.getElementById("root");
if (container === null) throw new Error("app.html has no #root element");
const lang = langFromLocale(navigator.language);
document.documentElement.lang = lang;
const root = createRoot(container);
renderWithTheme(browserColourScheme(), (theme) =>
  root.render(
    <FluentProvider theme={theme} style={FILL_PANE}>
      <PageApp initialLang={lang} />
    </FluentProvider>,
  ),
);
