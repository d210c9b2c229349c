/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { FeedbackOutcome, FeedbackRequest } from "../../src/app/paneHost";
import type { Lang } from "../../src/domain/i18n/lang";
import { RollupTab } from "../../src/taskpane/components/RollupTab";
import { fakeActions } from "./fakeActions";
import { renderInFluent } from "./render";

jest.mock("../../src/taskpane/components/ImportPanel", () => ({ ImportPanel: () => null }));

const TODAY = new Date(2024, 10, 20);

function renderWith(answers: FeedbackOutcome[], lang: Lang = "vi") {
  const writeFeedback = jest.fn<Promise<FeedbackOutcome>, [FeedbackRequest]>(() => {
    const next = answers.shift();
    if (next === undefined) throw new Error("writeFeedback called more often than expected");
    return Promise.resolve(next);
  });
  renderInFluent(<RollupTab actions={{ ...fakeActions(), writeFeedback }} today={TODAY} />, lang);
  return { writeFeedback, user: userEvent.setup() };
}

const panel = () => screen.getByRole("region", { name: /Phiếu phản hồi cho đơn vị|Feedback to the units/ });

test("writes the year's phiếu and names the sheets and units", async () => {
  const { writeFeedback, user } = renderWith([
    {
      status: "done",
      sheets: ["PH XA-SUOI-CAT", "PH CQ-LD-TBXH"],
      units: ["Xã Suối Cát", "Phòng Lao động - Thương binh và Xã hội"],
    },
  ]);
  await user.click(within(panel()).getByRole("button", { name: "Ghi phiếu phản hồi năm 2024" }));
  expect(writeFeedback).toHaveBeenCalledWith({ year: 2024, replaceChanged: false });
  expect(
    await within(panel()).findByText(
      "Đã ghi 2 trang phiếu phản hồi (PH XA-SUOI-CAT, PH CQ-LD-TBXH) cho: Xã Suối Cát, Phòng Lao động - Thương binh và Xã hội.",
    ),
  ).toBeTruthy();
});

test("sheets that differ are overwritten only when the clerk says so", async () => {
  const { writeFeedback, user } = renderWith(
    [
      { status: "changed", sheets: ["PH XA-SUOI-CAT"] },
      { status: "done", sheets: ["PH XA-SUOI-CAT"], units: ["Xã Suối Cát"] },
    ],
    "en",
  );
  await user.click(within(panel()).getByRole("button", { name: "Write the 2024 feedback" }));
  expect(
    await within(panel()).findByText(
      "Nothing written: 1 feedback sheet(s) differ from what would be written (edited, or the figures changed): PH XA-SUOI-CAT. Overwriting loses what was edited on them.",
    ),
  ).toBeTruthy();
  await user.click(within(panel()).getByRole("button", { name: "Overwrite these sheets" }));
  expect(writeFeedback.mock.calls).toEqual([
    [{ year: 2024, replaceChanged: false }],
    [{ year: 2024, replaceChanged: true }],
  ]);
  expect(
    await within(panel()).findByText("Wrote 1 feedback sheet(s) (PH XA-SUOI-CAT) for: Xã Suối Cát."),
  ).toBeTruthy();
  expect(within(panel()).queryByRole("button", { name: "Overwrite these sheets" })).toBeNull();
});

test("nobody to write to: says so, with the earlier sheets removed", async () => {
  const { user } = renderWith([{ status: "none", removed: ["PH XA-XUAN-THO"] }]);
  await user.click(within(panel()).getByRole("button", { name: "Ghi phiếu phản hồi năm 2024" }));
  expect(
    await within(panel()).findByText(
      "Không đơn vị nào có nội dung cần sửa: không có phiếu phản hồi. Đã xóa 1 trang phiếu phản hồi cũ: PH XA-XUAN-THO.",
    ),
  ).toBeTruthy();
});

test("a host without the action (the standalone page) shows no feedback panel", () => {
  renderInFluent(<RollupTab actions={fakeActions()} today={TODAY} />, "vi");
  expect(screen.queryByRole("region", { name: "Phiếu phản hồi cho đơn vị" })).toBeNull();
});
