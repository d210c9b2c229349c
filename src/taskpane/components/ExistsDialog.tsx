import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { S } from "../strings";
import type { PendingExists } from "./useTemplateTab";
import { useT } from "../language";

export interface ExistsDialogProps {
  pending: PendingExists | null;
  onChoose(choice: "newSheet" | "replace"): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  destructive: {
    color: tokens.colorStatusDangerForeground1,
    ...shorthands.borderColor(tokens.colorStatusDangerBorder2),
    ":hover": {
      color: tokens.colorStatusDangerForeground1,
      ...shorthands.borderColor(tokens.colorStatusDangerBorder2),
    },
  },
  actions: { flexWrap: "wrap" },
});

export function ExistsDialog({ pending, onChoose, onCancel }: ExistsDialogProps) {
  const t = useT();
  const styles = useStyles();
  return (
    <Dialog modalType="alert" open={pending !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        {pending && (
          <DialogBody>
            <DialogTitle>{t(S.existsTitle(pending.sheetName))}</DialogTitle>
            <DialogContent>
              {t(S.existsBody(pending.unitName, pending.request.year, pending.typedCells))}
            </DialogContent>
            <DialogActions className={styles.actions}>
              <Button appearance="primary" onClick={() => onChoose("newSheet")}>
                {t(S.existsNewSheet)}
              </Button>
              <Button className={styles.destructive} onClick={() => onChoose("replace")}>
                {t(S.existsReplace(pending.typedCells))}
              </Button>
              <Button onClick={onCancel}>{t(S.cancel)}</Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
