import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Message } from "../../domain/i18n/lang";
import { t } from "../strings";
import { useLang } from "../language";

/** The answer to the clerk's last action. */
export interface Notice {
  intent: "success" | "warning" | "error";
  message: Message;
  /** The text of a thrown error, shown as it came. */
  detail?: string;
}

export function NoticeBar({ notice }: { notice: Notice }) {
  const lang = useLang();
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {notice.detail === undefined ? (
          t(notice.message, lang)
        ) : (
          <>
            <MessageBarTitle>{t(notice.message, lang)}</MessageBarTitle>
            {notice.detail}
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
