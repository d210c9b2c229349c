import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from "@fluentui/react-components";
import { S } from "../strings";
import type { ChecksTabState } from "./useChecksTab";
import { useT } from "../language";

export interface SendDateDialogProps {
  pending: ChecksTabState["pendingDate"];
  onChoose(choice: "fillToday" | "leaveBlank"): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  actions: { flexWrap: "wrap" },
});

export function SendDateDialog({ pending, onChoose, onCancel }: SendDateDialogProps) {
  const t = useT();
  const styles = useStyles();
  return (
    <Dialog modalType="alert" open={pending !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        {pending && (
          <DialogBody>
            <DialogTitle>{t(S.sendDateTitle(pending.sheet))}</DialogTitle>
            <DialogContent>{t(S.sendDateBody(pending.today))}</DialogContent>
            <DialogActions className={styles.actions}>
              <Button appearance="primary" onClick={() => onChoose("fillToday")}>
                {t(S.fillToday)}
              </Button>
              <Button onClick={() => onChoose("leaveBlank")}>{t(S.leaveBlank)}</Button>
              <Button onClick={onCancel}>{t(S.cancel)}</Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
