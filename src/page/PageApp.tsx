import {
  Body1,
  Button,
  Caption1,
  Divider,
  makeStyles,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Source } from "../domain/check/batch";
import { countBySeverity } from "../domain/check/finding";
import type { Lang } from "../domain/i18n/lang";
import type { CheckedSheet } from "../app/paneHost";
import { FileDrop } from "../taskpane/components/FileDrop";
import { FileProgress, type ProgressWords } from "../taskpane/components/FileProgress";
import { FindingsList } from "../taskpane/components/FindingsList";
import { LanguageRoot } from "../taskpane/components/LanguageRoot";
import { NoticeBar } from "../taskpane/components/NoticeBar";
import { PreviousYearPicker } from "../taskpane/components/PreviousYearPicker";
import { YearField } from "../taskpane/components/YearField";
import { comparedLine } from "../taskpane/previousStrings";
import { S } from "../taskpane/strings";
import { CompletenessChart } from "./CompletenessChart";
import { builtinReference } from "./engine";
import { SheetView } from "./SheetView";
import { P } from "./strings";
import { TemplateMaker } from "./TemplateMaker";
import { usePageInbox, type PageInbox } from "./usePageInbox";
import { useT } from "../taskpane/language";
import { useSay } from "../taskpane/sayInContext";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    maxWidth: "1100px",
    margin: "0 auto",
  },
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

const PROGRESS_WORDS: ProgressWords = { working: P.reading, stopping: P.stopping, stop: P.stop };

export function PageApp({ initialLang, today }: { initialLang: Lang; today?: Date }) {
  const styles = useStyles();
  return (
    <LanguageRoot initialLang={initialLang} title={P.title} subtitle={P.subtitle} className={styles.root}>
      <PageBody styles={styles} {...(today ? { today } : {})} />
    </LanguageRoot>
  );
}

function PageBody({ today, styles }: { today?: Date; styles: Styles }) {
  const t = useT();
  const inbox = usePageInbox(today);
  return (
    <>
      <FilesSection inbox={inbox} styles={styles} />
      <Divider />
      <RollupSection inbox={inbox} styles={styles} />
      <Divider />
      <TemplateMaker initialYear={inbox.parsedYear ?? new Date().getFullYear()} />
      <Caption1 className={styles.muted}>{t(P.notYet)}</Caption1>
    </>
  );
}

function FilesSection({ inbox, styles }: { inbox: PageInbox; styles: Styles }) {
  const t = useT();
  const locked = inbox.busy !== null;
  return (
    <section className={styles.section} aria-labelledby="dvcq-files-heading">
      <Subtitle2 as="h2" id="dvcq-files-heading" className={styles.heading}>
        {t(P.filesHeading)}
      </Subtitle2>
      <FileDrop
        pickLabel={t(P.pick)}
        dropHint={t(P.drop)}
        disabled={locked}
        onFiles={inbox.openFiles}
        testIds={{ zone: "drop-zone", input: "file-input" }}
      >
        <Button icon={<DocumentTableRegular />} disabled={locked} onClick={inbox.openSample}>
          {t(P.sample)}
        </Button>
        {inbox.sources.length > 0 && (
          <Button appearance="subtle" disabled={locked} onClick={inbox.clear}>
            {t(P.clear)}
          </Button>
        )}
      </FileDrop>
      {inbox.busy === "making-sample" && <Spinner size="tiny" label={t(P.makingSample)} />}
      {inbox.progress && (
        <FileProgress
          progress={inbox.progress}
          words={PROGRESS_WORDS}
          stopping={inbox.stopping}
          onStop={inbox.stop}
        />
      )}
      {inbox.notice && <NoticeBar notice={inbox.notice} />}
      {inbox.sources.length > 0 && (
        <YearField
          className={styles.year}
          value={inbox.year}
          invalid={inbox.parsedYear === null}
          disabled={locked}
          onChange={inbox.setYear}
        />
      )}
      {inbox.checked && <FilesTable inbox={inbox} />}
      {inbox.checked && inbox.selected !== null && <FileDetail inbox={inbox} styles={styles} />}
    </section>
  );
}

function FilesTable({ inbox }: { inbox: PageInbox }) {
  const t = useT();
  const say = useSay();
  const { checked } = inbox;
  if (checked === null) return null;
  return (
    <Table size="small" aria-label={t(P.filesLabel)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t(P.colFile)}</TableHeaderCell>
          <TableHeaderCell>{t(P.colUnit)}</TableHeaderCell>
          <TableHeaderCell>{t(P.colYear)}</TableHeaderCell>
          <TableHeaderCell>{t(P.colErrors)}</TableHeaderCell>
          <TableHeaderCell>{t(P.colWarnings)}</TableHeaderCell>
          <TableHeaderCell>{t(P.colStatus)}</TableHeaderCell>
          <TableHeaderCell>
            <span className="visually-hidden">{t(P.show)}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {checked.bySource.map((entry, i) => {
          const counts = countBySeverity(entry.findings);
          const first = entry.submissions[0];
          // The check's entries are the sources', in order: two files may share a name.
          const source = inbox.sources[i] as Source;
          const unused = inbox.rollup?.rollup.unusedFiles.find((u) => u.file === entry.name);
          return (
            <TableRow key={i} aria-selected={inbox.selected === i}>
              <TableCell>{entry.name}</TableCell>
              <TableCell>{first?.unit ? `${first.unit.name} (${first.unit.code})` : "—"}</TableCell>
              <TableCell>{first?.year ?? "—"}</TableCell>
              <TableCell>{counts.error}</TableCell>
              <TableCell>{counts.warning}</TableCell>
              <TableCell>
                {"unreadable" in source
                  ? say(source.unreadable)
                  : unused
                    ? `${t(P.notUsed(unused.reason))}: ${say(unused.message)}`
                    : t(first ? P.readable : P.noTemplate)}
              </TableCell>
              <TableCell>
                <Button
                  size="small"
                  aria-label={`${t(P.show)} ${entry.name}`}
                  onClick={() => inbox.select(i)}
                >
                  {t(P.show)}
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
  const t = useT();
  const { checked, selected } = inbox;
  const [focus, setFocus] = useState<string | null>(null);
  const entry = selected === null ? undefined : checked?.bySource[selected];
  const source = selected === null ? undefined : inbox.sources[selected];
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
          {t(P.findingsHeading)}: {entry.name}
        </Subtitle2>
        {entry.findings.length === 0 ? (
          <Body1>{t(S.noFindings)}</Body1>
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
            {t(P.sheetHeading)}
          </Subtitle2>
          <Caption1>{t(P.sheetLegend)}</Caption1>
          <SheetView sheet={sheet} findings={entry.findings} focus={focus} />
        </section>
      )}
    </div>
  );
}

function RollupSection({ inbox, styles }: { inbox: PageInbox; styles: Styles }) {
  const t = useT();
  const say = useSay();
  const { rollup } = inbox;
  return (
    <section className={styles.section} aria-labelledby="dvcq-rollup-heading">
      <Subtitle2 as="h2" id="dvcq-rollup-heading" className={styles.heading}>
        {t(P.rollupHeading)}
      </Subtitle2>
      <Caption1>{t(P.rollupHint)}</Caption1>
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
          {t(P.rollupButton(inbox.parsedYear))}
        </Button>
        {inbox.busy === "rolling" && <Spinner size="tiny" label={t(P.rolling)} />}
      </div>
      {rollup && (
        <>
          <Body1 as="p" block role="status">
            {t(P.rollupLine(rollup.units, rollup.rollup.year))}
          </Body1>
          {rollup.compared && (
            <Body1 as="p">
              {t(comparedLine(rollup.compared, rollup.rollup.year, rollup.units.expected))}
            </Body1>
          )}
          <CompletenessChart units={rollup.units} />
          {rollup.rollup.unusedFiles.length > 0 && (
            <div>
              <Body1 as="h3">{t(P.unusedHeading)}</Body1>
              <ul aria-label={t(P.unusedHeading)}>
                {rollup.rollup.unusedFiles.map((u) => (
                  <li key={u.file}>
                    {u.file}: {say(u.message)}
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
              {t(P.downloadReport)}
            </Button>
            <Button
              icon={<ArrowDownloadRegular />}
              disabled={inbox.busy !== null}
              onClick={inbox.downloadCsv}
            >
              {t(P.downloadCsv)}
            </Button>
            {(inbox.busy === "report" || inbox.busy === "csv") && (
              <Spinner size="tiny" label={t(P.preparingDownload)} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
