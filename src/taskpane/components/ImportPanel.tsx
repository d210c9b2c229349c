import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { ArrowUploadRegular } from "@fluentui/react-icons";
import { useRef, useState, type DragEvent } from "react";
import { countBySeverity } from "../../domain/check/finding";
import type { Lang } from "../../domain/i18n/lang";
import type { DuplicateConflict, PaneActions } from "../actions";
import { DECISION, duplicateBody, importing, IS } from "../importStrings";
import { t } from "../strings";
import { FileProgress } from "./FileProgress";
import { useImportPanel, type ImportPanelState } from "./useImportPanel";

export interface ImportPanelProps {
  importWorkbooks: PaneActions["importWorkbooks"];
  lang: Lang;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { backgroundColor: tokens.colorBrandBackground2 },
  heading: { margin: 0 },
});

type Styles = ReturnType<typeof useStyles>;

const ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The district clerk's import: pick or drop the units' .xlsx files, follow the progress, settle duplicates. */
export function ImportPanel({ importWorkbooks, lang }: ImportPanelProps) {
  return <ImportPanelView state={useImportPanel(importWorkbooks, lang)} styles={useStyles()} />;
}

function ImportPanelView({ state, styles }: { state: ImportPanelState; styles: Styles }) {
  const { lang } = state;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    state.start([...event.dataTransfer.files]);
  };
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t(IS.heading, lang)}
      </Subtitle2>
      <div
        className={dragging ? `${styles.drop} ${styles.dragging}` : styles.drop}
        data-testid="import-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Button
          appearance="primary"
          icon={<ArrowUploadRegular />}
          disabled={state.running}
          onClick={() => input.current?.click()}
        >
          {t(IS.pick, lang)}
        </Button>
        <Body1>{t(IS.drop, lang)}</Body1>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          data-testid="import-file-input"
          onChange={(event) => {
            state.start([...(event.target.files ?? [])]);
            event.target.value = "";
          }}
        />
      </div>
      {state.progress && (
        <FileProgress
          done={state.progress.done}
          total={state.progress.total}
          label={
            state.stopping
              ? t(IS.stopping, lang)
              : t(importing(state.progress.done, state.progress.total, state.progress.file), lang)
          }
          stopLabel={t(IS.stop, lang)}
          stopping={state.stopping}
          onStop={state.stop}
        />
      )}
      {state.notice && (
        <MessageBar intent={state.notice.intent} layout="multiline">
          <MessageBarBody>
            {state.notice.intent === "error" && <MessageBarTitle>{t(IS.failedTitle, lang)}</MessageBarTitle>}
            {t(state.notice.message, lang)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.results && state.results.length > 0 && (
        <Table size="small" aria-label={t(IS.resultsLabel, lang)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t(IS.colFile, lang)}</TableHeaderCell>
              <TableHeaderCell>{t(IS.colDecision, lang)}</TableHeaderCell>
              <TableHeaderCell>{t(IS.colUnit, lang)}</TableHeaderCell>
              <TableHeaderCell>{t(IS.colErrors, lang)}</TableHeaderCell>
              <TableHeaderCell>{t(IS.colWarnings, lang)}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.results.map((file, i) => {
              const counts = countBySeverity(file.findings);
              const firstError = file.findings.find((f) => f.severity === "error");
              return (
                <TableRow key={`${i}-${file.file}`}>
                  <TableCell>{file.file}</TableCell>
                  <TableCell title={firstError ? t(firstError.message, lang) : undefined}>
                    {t(DECISION[file.decision], lang)}
                    {file.decision === "rejected" && firstError ? `: ${t(firstError.message, lang)}` : ""}
                  </TableCell>
                  <TableCell>{[file.unitCode, file.year].filter((v) => v !== null).join(" ")}</TableCell>
                  <TableCell>{counts.error}</TableCell>
                  <TableCell>{counts.warning}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {state.duplicate && <DuplicateDialog conflict={state.duplicate} lang={lang} choose={state.choose} />}
    </div>
  );
}

function DuplicateDialog({
  conflict,
  lang,
  choose,
}: {
  conflict: DuplicateConflict;
  lang: Lang;
  choose: ImportPanelState["choose"];
}) {
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(IS.duplicateTitle, lang)}</DialogTitle>
          <DialogContent>
            <Body1 as="p">
              {t(
                duplicateBody(
                  conflict.unitName,
                  conflict.year,
                  conflict.existingSheet,
                  conflict.incomingFile,
                ),
                lang,
              )}
            </Body1>
            {conflict.differences.length === 0 ? (
              <Body1 as="p">{t(IS.noDifference, lang)}</Body1>
            ) : (
              <Table size="extra-small" aria-label={t(IS.differencesLabel, lang)}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t(IS.colCode, lang)}</TableHeaderCell>
                    <TableHeaderCell>{t(IS.colLabel, lang)}</TableHeaderCell>
                    <TableHeaderCell>{t(IS.colExisting, lang)}</TableHeaderCell>
                    <TableHeaderCell>{t(IS.colIncoming, lang)}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {conflict.differences.map((d) => (
                    <TableRow key={d.code}>
                      <TableCell>{d.code}</TableCell>
                      <TableCell>{d.label}</TableCell>
                      <TableCell>{d.existing}</TableCell>
                      <TableCell>{d.incoming}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => choose("keepExisting")}>
              {t(IS.keepExisting, lang)}
            </Button>
            <Button onClick={() => choose("replace")}>{t(IS.replace, lang)}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
