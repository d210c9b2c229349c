export {
  buildFeedback,
  feedbackItems,
  feedbackPlan,
  isFeedbackSheet,
  isFeedbackWorkbook,
  showsExactly,
  FEEDBACK_SHEET,
  FEEDBACK_SHEET_PREFIX,
  FEEDBACK_TITLE,
  FEEDBACK_TITLE_CELL,
  type FeedbackItem,
  type UnitFeedback,
} from "./feedback";
export { DEFAULT_RESEND_DAYS, resendDate, type LetterOptions } from "./letterKit";
export {
  reminderEntries,
  reminderPlan,
  REMINDER_SHEET,
  type ReminderEntry,
  type ReminderStatus,
} from "./reminder";
