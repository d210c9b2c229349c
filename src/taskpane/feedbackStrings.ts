import type { Message } from "../domain/i18n/lang";

/** The feedback panel's sentences, in Vietnamese and English. */
export const FS = {
  heading: { vi: "Phiếu phản hồi cho đơn vị", en: "Feedback to the units" },
  hint: {
    vi: "Mỗi đơn vị có lỗi hoặc cảnh báo cần sửa được một trang “PH <mã đơn vị>” trong sổ này: một tờ A4 để in, ký và gửi lại đơn vị (phiếu viết bằng tiếng Việt). Ghi lại sẽ thay các trang phiếu cũ.",
    en: "Each unit with errors or warnings to fix gets a “PH <unit code>” sheet in this workbook: one A4 page to print, sign and send back (the phiếu is in Vietnamese). Writing again replaces the earlier ones.",
  },
  running: { vi: "Đang ghi phiếu phản hồi…", en: "Writing the feedback…" },
  none: {
    vi: "Không đơn vị nào có nội dung cần sửa: không có phiếu phản hồi.",
    en: "No unit has anything to fix: no feedback to write.",
  },
  replace: { vi: "Ghi đè các trang này", en: "Overwrite these sheets" },
  failed: { vi: "Chưa ghi được phiếu phản hồi.", en: "The feedback could not be written." },
} satisfies Record<string, Message>;

export function feedbackButton(year: number | null): Message {
  return year === null
    ? { vi: "Ghi phiếu phản hồi", en: "Write the feedback" }
    : { vi: `Ghi phiếu phản hồi năm ${year}`, en: `Write the ${year} feedback` };
}

export function feedbackWritten(sheets: readonly string[], units: readonly string[]): Message {
  return {
    vi: `Đã ghi ${sheets.length} trang phiếu phản hồi (${sheets.join(", ")}) cho: ${units.join(", ")}.`,
    en: `Wrote ${sheets.length} feedback sheet(s) (${sheets.join(", ")}) for: ${units.join(", ")}.`,
  };
}

function feedbackRemoved(sheets: readonly string[]): Message {
  return {
    vi: `Đã xóa ${sheets.length} trang phiếu phản hồi cũ: ${sheets.join(", ")}.`,
    en: `Removed ${sheets.length} earlier feedback sheet(s): ${sheets.join(", ")}.`,
  };
}

/** No phiếu to write, and the earlier ones that went with it. */
export function feedbackNone(removed: readonly string[]): Message {
  return removed.length === 0
    ? FS.none
    : {
        vi: `${FS.none.vi} ${feedbackRemoved(removed).vi}`,
        en: `${FS.none.en} ${feedbackRemoved(removed).en}`,
      };
}

export function feedbackChanged(sheets: readonly string[]): Message {
  return {
    vi: `Chưa ghi gì: ${sheets.length} trang phiếu phản hồi đã có khác bản sẽ ghi (có thể đã được sửa, hoặc số liệu đã đổi): ${sheets.join(", ")}. Ghi đè sẽ mất những gì đã sửa trên các trang đó.`,
    en: `Nothing written: ${sheets.length} feedback sheet(s) differ from what would be written (edited, or the figures changed): ${sheets.join(", ")}. Overwriting loses what was edited on them.`,
  };
}
