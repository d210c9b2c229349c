import {
  Body1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  tokens,
  useId,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { Lang } from "../../domain/i18n/lang";
import type { PaneActions } from "../../app/paneHost";
import { builtinHasUnits } from "../reportYears";
import { defaultYearOf } from "./useTemplateTab";
import { cliExample, S } from "../strings";
import { LanguageRoot } from "./LanguageRoot";
import { TemplateTab } from "./TemplateTab";
import { useT } from "../language";

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
  code: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "pre-wrap", margin: 0 },
});

type Styles = ReturnType<typeof useStyles>;

export function App({ actions, lang, today }: AppProps) {
  const styles = useStyles();
  return (
    <LanguageRoot initialLang={lang} title={S.appTitle} subtitle={S.appSubtitle} className={styles.root}>
      {actions === null ? (
        <OutsideExcel today={today ?? new Date()} styles={styles} />
      ) : (
        <Tabs actions={actions} {...(today ? { today } : {})} />
      )}
    </LanguageRoot>
  );
}

function OutsideExcel({ today, styles }: { today: Date; styles: Styles }) {
  const t = useT();
  const cliYear = defaultYearOf(today);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(S.noExcelTitle)}</MessageBarTitle>
        <Body1 as="p" block>
          {t(S.noExcelBody)}
        </Body1>
        <Body1 as="p" block>
          <Link href="app.html">{t(S.openStandalone)}</Link>
        </Body1>
        <Body1 as="p" block>
          {t(S.noExcelCli)}
        </Body1>
        <pre className={styles.code}>{cliExample(cliYear, builtinHasUnits(cliYear))}</pre>
      </MessageBarBody>
    </MessageBar>
  );
}

function Tabs({ actions, today }: { actions: PaneActions; today?: Date }) {
  const t = useT();
  const [tab, setTab] = useState<TabValue>("templates");
  const [visited, setVisited] = useState<ReadonlySet<TabValue>>(() => new Set(["templates"]));
  const tabId = useId("dvcq-tab-");
  return (
    <>
      <TabList
        aria-label={t(S.tabsLabel)}
        selectedValue={tab}
        onTabSelect={(_, data) => {
          const value = data.value as TabValue;
          setTab(value);
          setVisited((seen) => (seen.has(value) ? seen : new Set([...seen, value])));
        }}
      >
        <Tab id={`${tabId}templates`} value="templates">
          {t(S.tabTemplates)}
        </Tab>
        <Tab id={`${tabId}checks`} value="checks">
          {t(S.tabChecks)}
        </Tab>
        <Tab id={`${tabId}rollup`} value="rollup">
          {t(S.tabRollup)}
        </Tab>
      </TabList>
      {/* A tab stays mounted once shown, so results and a running action survive switching tabs. */}
      <div role="tabpanel" aria-labelledby={`${tabId}templates`} hidden={tab !== "templates"}>
        <TemplateTab actions={actions} {...(today ? { today } : {})} />
      </div>
      <div role="tabpanel" aria-labelledby={`${tabId}checks`} hidden={tab !== "checks"}>
        {visited.has("checks") && (
          <Suspense fallback={<Spinner size="small" label={t(S.loadingTab)} />}>
            <ChecksTab actions={actions} />
          </Suspense>
        )}
      </div>
      <div role="tabpanel" aria-labelledby={`${tabId}rollup`} hidden={tab !== "rollup"}>
        {visited.has("rollup") && (
          <Suspense fallback={<Spinner size="small" label={t(S.loadingTab)} />}>
            <RollupTab actions={actions} {...(today ? { today } : {})} />
          </Suspense>
        )}
      </div>
    </>
  );
}
