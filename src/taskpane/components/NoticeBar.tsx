import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Message } from "../../domain/i18n/lang";
import { useT } from "../language";

/** The answer to the clerk's last action. */
export interface Notice {
  intent: "success" | "warning" | "error";
  message: Message;
  /** The text of a thrown error, shown as it came. */
  detail?: string;
}

export function NoticeBar({ notice }: { notice: Notice }) {
  const t = useT();
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {notice.detail === undefined ? (
          t(notice.message)
        ) : (
          <>
            <MessageBarTitle>{t(notice.message)}</MessageBarTitle>
            {notice.detail}
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
