import type { DemoStoriesText } from "../vi/demoStories";

/** What is special about a file of the demo inbox, in English. */
export const en: DemoStoriesText = {
  late: "sent after the deadline",
  firstSending: "first sending",
  sentAgain: "sent again, corrected",
  mistakes: "mistakes: 6.20 above 6.19, a number typed as text, no evidence for section V",
  receptionBlank: "citizen reception left blank",
};
