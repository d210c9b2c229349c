import { Button, Caption1, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { FeedbackOutcome, PaneActions } from "../../app/paneHost";
import { feedbackNone, FS } from "../feedbackStrings";
import { errorDetail } from "../strings";
import { NoticeBar, type Notice } from "./NoticeBar";
import { useT } from "../language";

export interface FeedbackPanelProps {
  writeFeedback: NonNullable<PaneActions["writeFeedback"]>;
  /** The report year, or null while the one typed is not a year. */
  year: number | null;
  /** Another action of the tab is running. */
  disabled: boolean;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
});

/** What the last outcome tells the clerk. */
function noticeOf(outcome: FeedbackOutcome): Notice {
  switch (outcome.status) {
    case "done":
      return { intent: "success", message: FS.feedbackWritten(outcome.sheets, outcome.units) };
    case "none":
      return { intent: "success", message: feedbackNone(outcome.removed) };
    case "changed":
      return { intent: "warning", message: FS.feedbackChanged(outcome.sheets) };
    case "noTemplate":
      return { intent: "warning", message: outcome.message };
    case "failed":
      return { intent: "error", message: outcome.message };
  }
}

/** The district clerk's "Phiếu phản hồi": one printable sheet per unit with something to fix. */
export function FeedbackPanel({ writeFeedback, year, disabled }: FeedbackPanelProps) {
  const t = useT();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [changed, setChanged] = useState(false);

  const write = (replaceChanged: boolean): void => {
    if (year === null || busy) return;
    setBusy(true);
    setNotice(null);
    setChanged(false);
    writeFeedback({ year, replaceChanged })
      .then(
        (outcome) => {
          setNotice(noticeOf(outcome));
          setChanged(outcome.status === "changed");
        },
        (error: unknown) => setNotice({ intent: "error", message: FS.failed, detail: errorDetail(error) }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section className={styles.section} aria-label={t(FS.heading)}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t(FS.heading)}
      </Subtitle2>
      <Caption1>{t(FS.hint)}</Caption1>
      <div className={styles.row}>
        <Button disabled={disabled || busy || year === null} onClick={() => write(false)}>
          {t(FS.feedbackButton(year))}
        </Button>
        {busy && <Spinner size="tiny" label={t(FS.running)} />}
      </div>
      {notice && <NoticeBar notice={notice} />}
      {changed && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => write(true)}>
            {t(FS.replace)}
          </Button>
        </div>
      )}
    </section>
  );
}
