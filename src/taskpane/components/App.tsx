import {
  Body1,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Title3,
  tokens,
  useId,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { Lang } from "../../domain/i18n/lang";
import type { PaneActions } from "../../app/paneHost";
import { builtinHasUnits } from "../reportYears";
import { defaultYearOf } from "./useTemplateTab";
import { cliExample, S, t } from "../strings";
import { LanguageSwitch } from "./LanguageSwitch";
import { TemplateTab } from "./TemplateTab";
import { LanguageContext } from "../language";

// The template tab is what opens first; the other two (and what they import) load when first shown.
const ChecksTab = lazy(async () => ({ default: (await import("./ChecksTab")).ChecksTab }));
const RollupTab = lazy(async () => ({ default: (await import("./RollupTab")).RollupTab }));

export interface AppProps {
  /** Null when the pane runs outside Excel: it then explains itself instead of offering actions. */
  actions: PaneActions | null;
  lang: Lang;
  today?: Date;
}

type TabValue = "templates" | "checks" | "rollup";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: { display: "flex", alignItems: "flex-start", justifyContent: "space-between" },
  titles: { display: "flex", flexDirection: "column" },
  subtitle: { color: tokens.colorNeutralForeground3 },
  code: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "pre-wrap", margin: 0 },
});

export function App({ actions, lang: initialLang, today }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<TabValue>("templates");
  const [visited, setVisited] = useState<ReadonlySet<TabValue>>(() => new Set(["templates"]));
  const tabId = useId("dvcq-tab-");
  const cliYear = defaultYearOf(today ?? new Date());
  return (
    <LanguageContext.Provider value={lang}>
      <main className={styles.root} lang={lang}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Title3 as="h1">{t(S.appTitle, lang)}</Title3>
            <Caption1 className={styles.subtitle}>{t(S.appSubtitle, lang)}</Caption1>
          </div>
          <LanguageSwitch lang={lang} onChange={setLang} />
        </header>
        {actions === null ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t(S.noExcelTitle, lang)}</MessageBarTitle>
              <Body1 as="p" block>
                {t(S.noExcelBody, lang)}
              </Body1>
              <Body1 as="p" block>
                <Link href="app.html">{t(S.openStandalone, lang)}</Link>
              </Body1>
              <Body1 as="p" block>
                {t(S.noExcelCli, lang)}
              </Body1>
              <pre className={styles.code}>{cliExample(cliYear, builtinHasUnits(cliYear))}</pre>
            </MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <TabList
              aria-label={t(S.tabsLabel, lang)}
              selectedValue={tab}
              onTabSelect={(_, data) => {
                const value = data.value as TabValue;
                setTab(value);
                setVisited((seen) => (seen.has(value) ? seen : new Set([...seen, value])));
              }}
            >
              <Tab id={`${tabId}templates`} value="templates">
                {t(S.tabTemplates, lang)}
              </Tab>
              <Tab id={`${tabId}checks`} value="checks">
                {t(S.tabChecks, lang)}
              </Tab>
              <Tab id={`${tabId}rollup`} value="rollup">
                {t(S.tabRollup, lang)}
              </Tab>
            </TabList>
            {/* A tab stays mounted once shown, so results and a running action survive switching tabs. */}
            <div role="tabpanel" aria-labelledby={`${tabId}templates`} hidden={tab !== "templates"}>
              <TemplateTab actions={actions} {...(today ? { today } : {})} />
            </div>
            <div role="tabpanel" aria-labelledby={`${tabId}checks`} hidden={tab !== "checks"}>
              {visited.has("checks") && (
                <Suspense fallback={<Spinner size="small" label={t(S.loadingTab, lang)} />}>
                  <ChecksTab actions={actions} />
                </Suspense>
              )}
            </div>
            <div role="tabpanel" aria-labelledby={`${tabId}rollup`} hidden={tab !== "rollup"}>
              {visited.has("rollup") && (
                <Suspense fallback={<Spinner size="small" label={t(S.loadingTab, lang)} />}>
                  <RollupTab actions={actions} {...(today ? { today } : {})} />
                </Suspense>
              )}
            </div>
          </>
        )}
      </main>
    </LanguageContext.Provider>
  );
}
