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
import type { Message } from "../../domain/i18n/lang";
import { S } from "../strings";
import { useT } from "../language";

export interface Choice<C extends string> {
  value: C;
  label: Message;
  /** Drawn in the colour of danger: it throws away what the clerk typed. */
  destructive?: boolean;
}

/** A question an action stopped at; the first choice is the one offered, and cancelling is always there. */
export interface Question<C extends string> {
  title: Message;
  body: Message;
  choices: readonly [Choice<C>, ...Choice<C>[]];
}

export interface ChoiceDialogProps<C extends string> {
  /** Null while nothing waits for the clerk. */
  question: Question<C> | null;
  onChoose(choice: C): void;
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

export function ChoiceDialog<C extends string>({ question, onChoose, onCancel }: ChoiceDialogProps<C>) {
  const t = useT();
  const styles = useStyles();
  return (
    <Dialog modalType="alert" open={question !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        {question && (
          <DialogBody>
            <DialogTitle>{t(question.title)}</DialogTitle>
            <DialogContent>{t(question.body)}</DialogContent>
            <DialogActions className={styles.actions}>
              {question.choices.map((choice, i) => (
                <Button
                  key={choice.value}
                  appearance={i === 0 ? "primary" : "secondary"}
                  {...(choice.destructive ? { className: styles.destructive } : {})}
                  onClick={() => onChoose(choice.value)}
                >
                  {t(choice.label)}
                </Button>
              ))}
              <Button onClick={onCancel}>{t(S.cancel)}</Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
