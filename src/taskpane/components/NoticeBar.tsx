import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang, Message } from "../../domain/i18n/lang";
import { t } from "../strings";

/** The answer to the clerk's last action. */
export interface Notice {
  intent: "success" | "warning" | "error";
  message: Message;
  /** The text of a thrown error, shown as it came. */
  detail?: string;
}

export function NoticeBar({ notice, lang }: { notice: Notice; lang: Lang }) {
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
