import {
  Body1,
  Button,
  Caption1,
  Divider,
  Field,
  Input,
  makeStyles,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Source } from "../domain/check/batch";
import { countBySeverity } from "../domain/check/finding";
import type { Lang } from "../domain/i18n/lang";
import { say } from "../domain/i18n/say";
import type { CheckedSheet } from "../app/paneHost";
import { FileDrop } from "../taskpane/components/FileDrop";
import { FileProgress } from "../taskpane/components/FileProgress";
import { FindingsList } from "../taskpane/components/FindingsList";
import { LanguageSwitch } from "../taskpane/components/LanguageSwitch";
import { NoticeBar } from "../taskpane/components/NoticeBar";
import { PreviousYearPicker } from "../taskpane/components/PreviousYearPicker";
import { comparedLine } from "../taskpane/previousStrings";
import { S, t } from "../taskpane/strings";
import { CompletenessChart } from "./CompletenessChart";
import { builtinReference } from "./engine";
import { SheetView } from "./SheetView";
import { P } from "./strings";
import { TemplateMaker } from "./TemplateMaker";
import { usePageInbox, type PageInbox } from "./usePageInbox";
import { LanguageContext } from "../taskpane/language";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    maxWidth: "1100px",
    margin: "0 auto",
  },
  header: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", columnGap: "16px" },
  titles: { display: "flex", flexDirection: "column" },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  year: { maxWidth: "200px" },
  detail: {
    display: "grid",
    gridTemplateColumns: "minmax(280px, 1fr) minmax(320px, 1.4fr)",
    columnGap: "16px",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Styles = ReturnType<typeof useStyles>;

export function PageApp({ initialLang, today }: { initialLang: Lang; today?: Date }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const inbox = usePageInbox(lang, today);
  const styles = useStyles();
  return (
    <LanguageContext.Provider value={lang}>
      <main className={styles.root} lang={lang}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Title3 as="h1">{t(P.title, lang)}</Title3>
            <Caption1 className={styles.muted}>{t(P.subtitle, lang)}</Caption1>
          </div>
          <LanguageSwitch lang={lang} onChange={setLang} />
        </header>
        <FilesSection inbox={inbox} styles={styles} />
        <Divider />
        <RollupSection inbox={inbox} styles={styles} />
        <Divider />
        <TemplateMaker initialYear={inbox.parsedYear ?? new Date().getFullYear()} />
        <Caption1 className={styles.muted}>{t(P.notYet, lang)}</Caption1>
      </main>
    </LanguageContext.Provider>
  );
}

function FilesSection({ inbox, styles }: { inbox: PageInbox; styles: Styles }) {
  const { lang } = inbox;
  const locked = inbox.busy !== null;
  return (
    <section className={styles.section} aria-labelledby="dvcq-files-heading">
      <Subtitle2 as="h2" id="dvcq-files-heading" className={styles.heading}>
        {t(P.filesHeading, lang)}
      </Subtitle2>
      <FileDrop
        pickLabel={t(P.pick, lang)}
        dropHint={t(P.drop, lang)}
        disabled={locked}
        onFiles={inbox.openFiles}
        testIds={{ zone: "drop-zone", input: "file-input" }}
      >
        <Button icon={<DocumentTableRegular />} disabled={locked} onClick={inbox.openSample}>
          {t(P.sample, lang)}
        </Button>
        {inbox.sources.length > 0 && (
          <Button appearance="subtle" disabled={locked} onClick={inbox.clear}>
            {t(P.clear, lang)}
          </Button>
        )}
      </FileDrop>
      {inbox.busy === "making-sample" && <Spinner size="tiny" label={t(P.makingSample, lang)} />}
      {inbox.progress && (
        <FileProgress
          done={inbox.progress.done}
          total={inbox.progress.total}
          label={
            inbox.stopping
              ? t(P.stopping, lang)
              : t(P.reading(inbox.progress.done, inbox.progress.total, inbox.progress.file), lang)
          }
          stopLabel={t(P.stop, lang)}
          stopping={inbox.stopping}
          onStop={inbox.stop}
        />
      )}
      {inbox.notice && <NoticeBar notice={inbox.notice} />}
      {inbox.sources.length > 0 && (
        <Field
          className={styles.year}
          label={t(S.yearLabel, lang)}
          hint={t(S.yearHint, lang)}
          {...(inbox.parsedYear === null ? { validationMessage: t(S.yearInvalid, lang) } : {})}
        >
          <Input
            inputMode="numeric"
            value={inbox.year}
            disabled={locked}
            onChange={(_, d) => inbox.setYear(d.value)}
          />
        </Field>
      )}
      {inbox.checked && <FilesTable inbox={inbox} />}
      {inbox.checked && inbox.selected !== null && <FileDetail inbox={inbox} styles={styles} />}
    </section>
  );
}

function FilesTable({ inbox }: { inbox: PageInbox }) {
  const { lang, checked } = inbox;
  if (checked === null) return null;
  const sourceOf = new Map(inbox.sources.map((s) => [s.name, s]));
  return (
    <Table size="small" aria-label={t(P.filesLabel, lang)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t(P.colFile, lang)}</TableHeaderCell>
          <TableHeaderCell>{t(P.colUnit, lang)}</TableHeaderCell>
          <TableHeaderCell>{t(P.colYear, lang)}</TableHeaderCell>
          <TableHeaderCell>{t(P.colErrors, lang)}</TableHeaderCell>
          <TableHeaderCell>{t(P.colWarnings, lang)}</TableHeaderCell>
          <TableHeaderCell>{t(P.colStatus, lang)}</TableHeaderCell>
          <TableHeaderCell>
            <span className="visually-hidden">{t(P.show, lang)}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {checked.bySource.map((entry) => {
          const counts = countBySeverity(entry.findings);
          const first = entry.submissions[0];
          const source = sourceOf.get(entry.name) as Source;
          const unused = inbox.rollup?.rollup.unusedFiles.find((u) => u.file === entry.name);
          return (
            <TableRow key={entry.name} aria-selected={inbox.selected === entry.name}>
              <TableCell>{entry.name}</TableCell>
              <TableCell>{first?.unit ? `${first.unit.name} (${first.unit.code})` : "—"}</TableCell>
              <TableCell>{first?.year ?? "—"}</TableCell>
              <TableCell>{counts.error}</TableCell>
              <TableCell>{counts.warning}</TableCell>
              <TableCell>
                {"unreadable" in source
                  ? t(source.unreadable, lang)
                  : unused
                    ? `${t(P.notUsed(unused.reason), lang)}: ${say(unused.message, lang)}`
                    : t(first ? P.readable : P.noTemplate, lang)}
              </TableCell>
              <TableCell>
                <Button
                  size="small"
                  aria-label={`${t(P.show, lang)} ${entry.name}`}
                  onClick={() => inbox.select(entry.name)}
                >
                  {t(P.show, lang)}
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function FileDetail({ inbox, styles }: { inbox: PageInbox; styles: Styles }) {
  const { lang, checked, selected } = inbox;
  const [focus, setFocus] = useState<string | null>(null);
  const entry = checked?.bySource.find((s) => s.name === selected);
  const source = inbox.sources.find((s) => s.name === selected);
  if (!entry || !source) return null;
  const sheets: CheckedSheet[] = entry.submissions.map((s) => ({
    sheet: s.sheet,
    unitCode: s.unit?.code ?? null,
    unitName: s.unit?.name ?? null,
    year: s.year,
  }));
  const first = entry.submissions[0];
  const sheet =
    "workbook" in source && first ? source.workbook.sheets.find((s) => s.name === first.sheet) : undefined;
  return (
    <div className={styles.detail}>
      <section className={styles.section} aria-labelledby="dvcq-findings-heading">
        <Subtitle2 as="h2" id="dvcq-findings-heading" className={styles.heading}>
          {t(P.findingsHeading, lang)}: {entry.name}
        </Subtitle2>
        {entry.findings.length === 0 ? (
          <Body1>{t(S.noFindings, lang)}</Body1>
        ) : (
          <FindingsList
            findings={entry.findings}
            sheets={sheets}
            sections={builtinReference().catalogue.sections}
            onSelect={(f) => setFocus(f.cell)}
          />
        )}
      </section>
      {sheet && (
        <section className={styles.section} aria-labelledby="dvcq-sheet-heading">
          <Subtitle2 as="h2" id="dvcq-sheet-heading" className={styles.heading}>
            {t(P.sheetHeading, lang)}
          </Subtitle2>
          <Caption1>{t(P.sheetLegend, lang)}</Caption1>
          <SheetView sheet={sheet} findings={entry.findings} focus={focus} />
        </section>
      )}
    </div>
  );
}

function RollupSection({ inbox, styles }: { inbox: PageInbox; styles: Styles }) {
  const { lang, rollup } = inbox;
  return (
    <section className={styles.section} aria-labelledby="dvcq-rollup-heading">
      <Subtitle2 as="h2" id="dvcq-rollup-heading" className={styles.heading}>
        {t(P.rollupHeading, lang)}
      </Subtitle2>
      <Caption1>{t(P.rollupHint, lang)}</Caption1>
      <PreviousYearPicker
        year={inbox.parsedYear}
        chosen={inbox.previous?.name ?? null}
        disabled={inbox.busy !== null}
        onPick={inbox.pickPrevious}
        onRemove={inbox.removePrevious}
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={inbox.busy !== null || inbox.checked === null}
          onClick={inbox.rollUp}
        >
          {t(P.rollupButton(inbox.parsedYear), lang)}
        </Button>
        {inbox.busy === "rolling" && <Spinner size="tiny" label={t(P.rolling, lang)} />}
      </div>
      {rollup && (
        <>
          <Body1 as="p" block role="status">
            {t(P.rollupLine(rollup.units, rollup.rollup.year), lang)}
          </Body1>
          {rollup.compared && (
            <Body1 as="p">
              {t(comparedLine(rollup.compared, rollup.rollup.year, rollup.units.expected), lang)}
            </Body1>
          )}
          <CompletenessChart units={rollup.units} />
          {rollup.rollup.unusedFiles.length > 0 && (
            <div>
              <Body1 as="h3">{t(P.unusedHeading, lang)}</Body1>
              <ul aria-label={t(P.unusedHeading, lang)}>
                {rollup.rollup.unusedFiles.map((u) => (
                  <li key={u.file}>
                    {u.file}: {say(u.message, lang)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className={styles.row}>
            <Button
              appearance="primary"
              icon={<ArrowDownloadRegular />}
              disabled={inbox.busy !== null}
              onClick={inbox.downloadReport}
            >
              {t(P.downloadReport, lang)}
            </Button>
            <Button
              icon={<ArrowDownloadRegular />}
              disabled={inbox.busy !== null}
              onClick={inbox.downloadCsv}
            >
              {t(P.downloadCsv, lang)}
            </Button>
            {(inbox.busy === "report" || inbox.busy === "csv") && (
              <Spinner size="tiny" label={t(P.preparingDownload, lang)} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
