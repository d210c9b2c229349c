import {
  Body1,
  Button,
  Caption1,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { PaneActions } from "../../app/paneHost";
import { S } from "../strings";
import { ImportPanel } from "./ImportPanel";
import { FeedbackPanel } from "./FeedbackPanel";
import { NoticeBar } from "./NoticeBar";
import { PreviousYearPicker } from "./PreviousYearPicker";
import { comparedLine } from "../previousStrings";
import { useRollupTab, type RollupTabState } from "./useRollupTab";
import { YearField } from "./YearField";
import { useT } from "../language";

export interface RollupTabProps {
  actions: PaneActions;
  /** The day that decides the default report year. */
  today?: Date;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
});

/** The district clerk's tab: the year, the import of the units' workbooks, then the roll-up. */
export function RollupTab({ actions, today }: RollupTabProps) {
  const state = useRollupTab(actions, today);
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <YearField
        required
        value={state.year}
        invalid={state.parsedYear === null}
        disabled={state.busy}
        onChange={state.setYear}
      />
      <ImportPanel importWorkbooks={actions.importWorkbooks} />
      <Divider />
      <RollupSection state={state} styles={styles} />
      {actions.writeFeedback && (
        <FeedbackPanel writeFeedback={actions.writeFeedback} year={state.parsedYear} disabled={state.busy} />
      )}
    </div>
  );
}

function RollupSection({ state, styles }: { state: RollupTabState; styles: ReturnType<typeof useStyles> }) {
  const { result } = state;
  const t = useT();
  return (
    <section className={styles.section} aria-label={t(S.rollupHeading)}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t(S.rollupHeading)}
      </Subtitle2>
      <Caption1>{t(S.rollupHint)}</Caption1>
      <PreviousYearPicker
        year={state.parsedYear}
        chosen={state.previous?.name ?? null}
        disabled={state.busy}
        onPick={state.pickPrevious}
        onRemove={state.removePrevious}
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={state.busy || state.parsedYear === null}
          onClick={state.rollUp}
        >
          {t(S.rollupButton(state.parsedYear))}
        </Button>
        {state.busy && <Spinner size="tiny" label={t(S.rollupRunning)} />}
      </div>
      {state.notice && <NoticeBar notice={state.notice} />}
      {result && <RollupResult result={result} />}
    </section>
  );
}

function RollupResult({ result }: { result: NonNullable<RollupTabState["result"]> }) {
  const t = useT();
  return (
    <MessageBar
      intent={result.findings.error > 0 || result.missing.length > 0 ? "warning" : "success"}
      layout="multiline"
    >
      <MessageBarBody>
        <MessageBarTitle>{t(S.rollupResult(result))}</MessageBarTitle>
        <Body1 as="p" block>
          {t(S.rollupSheets(result.sheets))}
        </Body1>
        {result.findings.error + result.findings.warning > 0 && (
          <Body1 as="p" block>
            {t(S.rollupFindingsSheet(result.findingsSheet))}
          </Body1>
        )}
        {result.previous && (
          <Body1 as="p" block>
            {t(comparedLine(result.previous, result.year, result.expected))}
          </Body1>
        )}
        <Body1 as="p" block>
          {t(result.pivot === "pivotTable" ? S.rollupPivotTable : S.rollupSummaryTable)}
        </Body1>
      </MessageBarBody>
    </MessageBar>
  );
}
