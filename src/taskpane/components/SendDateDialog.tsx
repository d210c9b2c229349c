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
import { S, t } from "../strings";
import type { ChecksTabState } from "./useChecksTab";
import { useLang } from "../language";

export interface SendDateDialogProps {
  pending: ChecksTabState["pendingDate"];
  onChoose(choice: "fillToday" | "leaveBlank"): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  actions: { flexWrap: "wrap" },
});

export function SendDateDialog({ pending, onChoose, onCancel }: SendDateDialogProps) {
  const lang = useLang();
  const styles = useStyles();
  return (
    <Dialog modalType="alert" open={pending !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        {pending && (
          <DialogBody>
            <DialogTitle>{t(S.sendDateTitle(pending.sheet), lang)}</DialogTitle>
            <DialogContent>{t(S.sendDateBody(pending.today), lang)}</DialogContent>
            <DialogActions className={styles.actions}>
              <Button appearance="primary" onClick={() => onChoose("fillToday")}>
                {t(S.fillToday, lang)}
              </Button>
              <Button onClick={() => onChoose("leaveBlank")}>{t(S.leaveBlank, lang)}</Button>
              <Button onClick={onCancel}>{t(S.cancel, lang)}</Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
