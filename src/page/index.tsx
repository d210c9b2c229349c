import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langFromLocale } from "../domain/i18n/lang";
import { browserColourScheme, FILL_PANE, fluentThemeOf } from "../taskpane/theme";
import { PageApp } from "./PageApp";

const container = document.getElementById("root");
if (container === null) throw new Error("app.html has no #root element");
const lang = langFromLocale(navigator.language);
document.documentElement.lang = lang;
createRoot(container).render(
  <FluentProvider theme={fluentThemeOf(browserColourScheme())} style={FILL_PANE}>
    <PageApp initialLang={lang} />
  </FluentProvider>,
);
