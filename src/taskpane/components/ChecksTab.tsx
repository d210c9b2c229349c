import {
  Body1,
  Body1Strong,
  Button,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { DocumentSearchRegular, EraserRegular, SendRegular } from "@fluentui/react-icons";
import { countBySeverity } from "../../domain/check/finding";
import type { PaneActions } from "../../app/paneHost";
import { S } from "../strings";
import { FindingsList } from "./FindingsList";
import { NoticeBar } from "./NoticeBar";
import { ChoiceDialog, type Question } from "./ChoiceDialog";
import { type ChecksTabState, useChecksTab } from "./useChecksTab";
import { type Translate, useT } from "../language";

export interface ChecksTabProps {
  actions: PaneActions;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  results: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground3 },
});

type Styles = ReturnType<typeof useStyles>;

export function ChecksTab({ actions }: ChecksTabProps) {
  return renderChecksTab(useChecksTab(actions), useStyles(), useT());
}

function renderChecksTab(state: ChecksTabState, styles: Styles, t: Translate) {
  const { busy, result } = state;
  const locked = busy !== null;
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<DocumentSearchRegular />}
          disabled={locked}
          onClick={() => state.check("activeSheet")}
        >
          {t(S.checkActiveSheet)}
        </Button>
        <Button disabled={locked} onClick={() => state.check("allSheets")}>
          {t(S.checkAllSheets)}
        </Button>
      </div>
      <div className={styles.row}>
        <Switch
          label={t(S.markCells)}
          checked={state.mark}
          disabled={locked}
          onChange={(_, data) => state.setMark(data.checked)}
        />
        <Button icon={<EraserRegular />} disabled={locked} onClick={state.clearMarks}>
          {t(S.clearMarks)}
        </Button>
      </div>
      {busy === "checking" && <Spinner size="tiny" label={t(S.checking)} />}
      {busy === "clearing" && <Spinner size="tiny" label={t(S.clearingMarks)} />}
      {state.checkNotice && <NoticeBar notice={state.checkNotice} />}
      {result && (
        <section className={styles.results} aria-label={t(S.findingsLabel)}>
          {result.findings.length === 0 ? (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t(S.noFindings)}</MessageBarTitle>
                {t(S.checkedSheets(result.sheets.length))}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <Body1Strong as="p" block className={styles.heading}>
                {t(summary(result))}
              </Body1Strong>
              <FindingsList
                findings={result.findings}
                sheets={result.sheets}
                sections={state.sections}
                onSelect={(f) => state.selectFinding(f, "check")}
              />
            </>
          )}
        </section>
      )}

      <Divider />

      <Subtitle2 as="h2" className={styles.heading}>
        {t(S.prepareTitle)}
      </Subtitle2>
      <Body1 as="p" block className={styles.hint}>
        {t(S.prepareHint)}
      </Body1>
      <div className={styles.row}>
        <Button icon={<SendRegular />} disabled={locked} onClick={state.prepare}>
          {t(S.prepare)}
        </Button>
        {busy === "preparing" && <Spinner size="tiny" label={t(S.preparing)} />}
      </div>
      {state.prepareNotice && <NoticeBar notice={state.prepareNotice} />}
      {state.prepared && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t(S.prepared(state.prepared.fileName, state.prepared.delivery))}</MessageBarBody>
          </MessageBar>
          {state.prepared.errors.length > 0 && (
            <>
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t(S.stillHasErrors(state.prepared.errors.length))}</MessageBarTitle>
                  {t(S.fixBeforeSending)}
                </MessageBarBody>
              </MessageBar>
              <FindingsList
                findings={state.prepared.errors}
                sheets={[]}
                sections={state.sections}
                onSelect={(f) => state.selectFinding(f, "prepare")}
              />
            </>
          )}
        </>
      )}

      <ChoiceDialog
        question={state.pendingDate && sendDateQuestion(state.pendingDate)}
        onChoose={state.resolveDate}
        onCancel={state.cancelDate}
      />
    </div>
  );
}

function summary(result: NonNullable<ChecksTabState["result"]>) {
  const { error, warning } = countBySeverity(result.findings);
  return S.checkSummary(error, warning, result.sheets.length, result.marked);
}

/** 7.1 (the sending date) is blank: fill in today's date, or send it blank. */
function sendDateQuestion({
  sheet,
  today,
}: NonNullable<ChecksTabState["pendingDate"]>): Question<"fillToday" | "leaveBlank"> {
  return {
    title: S.sendDateTitle(sheet),
    body: S.sendDateBody(today),
    choices: [
      { value: "fillToday", label: S.fillToday },
      { value: "leaveBlank", label: S.leaveBlank },
    ],
  };
}
