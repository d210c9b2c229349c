import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1 },
});

export interface FileProgressProps {
  done: number;
  total: number;
  /** What is being done, or that it is stopping. */
  label: string;
  stopLabel: string;
  stopping: boolean;
  onStop(): void;
}

/** Files worked through one by one: a bar that says which, and a button that stops before the next. */
export function FileProgress({ done, total, label, stopLabel, stopping, onStop }: FileProgressProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field className={styles.grow} validationState="none" validationMessage={label}>
        <ProgressBar value={done} max={Math.max(1, total)} aria-label={label} />
      </Field>
      <Button disabled={stopping} onClick={onStop}>
        {stopLabel}
      </Button>
    </div>
  );
}
