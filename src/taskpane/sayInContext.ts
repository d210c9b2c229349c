import { say, type Wording } from "../domain/i18n/say";
import { useLang } from "./language";

/** A finding's words (its phrase, or a Message a host worded) in the language of the context. */
export function useSay(): (wording: Wording) => string {
  const lang = useLang();
  return (wording) => say(wording, lang);
}
