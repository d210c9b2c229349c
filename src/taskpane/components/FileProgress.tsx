import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { Message } from "../../domain/i18n/lang";
import { useT } from "../language";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1 },
});

/** How far a run over files has come, and the file it is at. */
export interface Progress {
  done: number;
  total: number;
  file: string;
}

/** What the bar says while a file is worked on and once stopping is asked, and the button's word. */
export interface ProgressWords {
  working(done: number, total: number, file: string): Message;
  stopping: Message;
  stop: Message;
}

export interface FileProgressProps {
  progress: Progress;
  words: ProgressWords;
  stopping: boolean;
  onStop(): void;
}

/** Files worked through one by one: a bar that says which, and a button that stops before the next. */
export function FileProgress({
  progress: { done, total, file },
  words,
  stopping,
  onStop,
}: FileProgressProps) {
  const t = useT();
  const styles = useStyles();
  const label = t(stopping ? words.stopping : words.working(done, total, file));
  return (
    <div className={styles.row}>
      <Field className={styles.grow} validationState="none" validationMessage={label}>
        <ProgressBar value={done} max={Math.max(1, total)} aria-label={label} />
      </Field>
      <Button disabled={stopping} onClick={onStop}>
        {t(words.stop)}
      </Button>
    </div>
  );
}
