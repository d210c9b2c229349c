import { Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import type { Lang, Message } from "../../domain/i18n/lang";
import { LanguageContext } from "../language";
import { t } from "../strings";
import { LanguageSwitch } from "./LanguageSwitch";

export interface LanguageRootProps {
  initialLang: Lang;
  title: Message;
  subtitle: Message;
  className: string;
  children: ReactNode;
}

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalL,
  },
  titles: { display: "flex", flexDirection: "column" },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

/** The pane's (or the page's) root: the language everything below speaks, the title, and the switch. */
export function LanguageRoot({ initialLang, title, subtitle, className, children }: LanguageRootProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  return (
    <LanguageContext.Provider value={lang}>
      <main className={className} lang={lang}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Title3 as="h1">{t(title, lang)}</Title3>
            <Caption1 className={styles.subtitle}>{t(subtitle, lang)}</Caption1>
          </div>
          <LanguageSwitch lang={lang} onChange={setLang} />
        </header>
        {children}
      </main>
    </LanguageContext.Provider>
  );
}
