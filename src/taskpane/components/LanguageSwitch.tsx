import { Button } from "@fluentui/react-components";
import type { Lang } from "../../domain/i18n/lang";
import { S, t } from "../strings";

/** Switches the whole pane (or page) to the other language; the button speaks the language it offers. */
export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange(lang: Lang): void }) {
  const other: Lang = lang === "vi" ? "en" : "vi";
  return (
    <Button
      appearance="subtle"
      size="small"
      lang={other}
      aria-label={t(S.switchLanguageLabel, lang)}
      onClick={() => {
        document.documentElement.lang = other;
        onChange(other);
      }}
    >
      {t(S.switchLanguage, lang)}
    </Button>
  );
}
