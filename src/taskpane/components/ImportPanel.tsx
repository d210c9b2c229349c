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
import { countBySeverity } from "../../domain/check/finding";
import type { DuplicateConflict, PaneActions } from "../../app/paneHost";
import { DECISION, IS } from "../importStrings";
import { FileDrop } from "./FileDrop";
import { FileProgress, type ProgressWords } from "./FileProgress";
import { useImportPanel, type ImportPanelState } from "./useImportPanel";
import { useT } from "../language";
import { useSay } from "../sayInContext";

export interface ImportPanelProps {
  importWorkbooks: PaneActions["importWorkbooks"];
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  drop: { flexDirection: "column" },
  heading: { margin: 0 },
});

type Styles = ReturnType<typeof useStyles>;

const PROGRESS_WORDS: ProgressWords = { working: IS.importing, stopping: IS.stopping, stop: IS.stop };

/** The district clerk's import: pick or drop the units' .xlsx files, follow the progress, settle duplicates. */
export function ImportPanel({ importWorkbooks }: ImportPanelProps) {
  return <ImportPanelView state={useImportPanel(importWorkbooks)} styles={useStyles()} />;
}

function ImportPanelView({ state, styles }: { state: ImportPanelState; styles: Styles }) {
  const t = useT();
  const say = useSay();
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t(IS.heading)}
      </Subtitle2>
      <FileDrop
        pickLabel={t(IS.pick)}
        dropHint={t(IS.drop)}
        disabled={state.running}
        onFiles={state.start}
        testIds={{ zone: "import-drop-zone", input: "import-file-input" }}
        className={styles.drop}
      />
      {state.progress && (
        <FileProgress
          progress={state.progress}
          words={PROGRESS_WORDS}
          stopping={state.stopping}
          onStop={state.stop}
        />
      )}
      {state.notice && (
        <MessageBar intent={state.notice.intent} layout="multiline">
          <MessageBarBody>
            {state.notice.intent === "error" && <MessageBarTitle>{t(IS.failedTitle)}</MessageBarTitle>}
            {t(state.notice.message)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.results && state.results.length > 0 && (
        <Table size="small" aria-label={t(IS.resultsLabel)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t(IS.colFile)}</TableHeaderCell>
              <TableHeaderCell>{t(IS.colDecision)}</TableHeaderCell>
              <TableHeaderCell>{t(IS.colUnit)}</TableHeaderCell>
              <TableHeaderCell>{t(IS.colErrors)}</TableHeaderCell>
              <TableHeaderCell>{t(IS.colWarnings)}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.results.map((file, i) => {
              const counts = countBySeverity(file.findings);
              const firstError = file.findings.find((f) => f.severity === "error");
              return (
                <TableRow key={`${i}-${file.file}`}>
                  <TableCell>{file.file}</TableCell>
                  <TableCell title={firstError ? say(firstError.message) : undefined}>
                    {t(DECISION[file.decision])}
                    {file.decision === "rejected" && firstError ? `: ${say(firstError.message)}` : ""}
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
      {state.duplicate && <DuplicateDialog conflict={state.duplicate} choose={state.choose} />}
    </div>
  );
}

function DuplicateDialog({
  conflict,
  choose,
}: {
  conflict: DuplicateConflict;
  choose: ImportPanelState["choose"];
}) {
  const t = useT();
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(IS.duplicateTitle)}</DialogTitle>
          {/* The differences can be longer than the dialog: its content scrolls, so it takes focus for the keys. */}
          <DialogContent tabIndex={0}>
            <Body1 as="p" block>
              {t(
                IS.duplicateBody(
                  conflict.unitName,
                  conflict.year,
                  conflict.existingSheet,
                  conflict.incomingFile,
                ),
              )}
            </Body1>
            {conflict.differences.length === 0 ? (
              <Body1 as="p" block>
                {t(IS.noDifference)}
              </Body1>
            ) : (
              <Table size="extra-small" aria-label={t(IS.differencesLabel)}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t(IS.colCode)}</TableHeaderCell>
                    <TableHeaderCell>{t(IS.colLabel)}</TableHeaderCell>
                    <TableHeaderCell>{t(IS.colExisting)}</TableHeaderCell>
                    <TableHeaderCell>{t(IS.colIncoming)}</TableHeaderCell>
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
              {t(IS.keepExisting)}
            </Button>
            <Button onClick={() => choose("replace")}>{t(IS.replace)}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
