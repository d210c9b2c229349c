import { codeLabel } from "../../src/taskpane/codeLabels";

test("a reader's code has a short name in each language; a catalogue rule's id is shown as it is", () => {
  expect([codeLabel("NUMBER_AS_TEXT", "vi"), codeLabel("NUMBER_AS_TEXT", "en")]).toEqual([
    "Số ghi dạng chữ",
    "Number as text",
  ]);
  expect([codeLabel("DUPLICATE_SUBMISSION", "vi"), codeLabel("DUPLICATE_SUBMISSION", "en")]).toEqual([
    "Gửi trùng",
    "Sent twice",
  ]);
  expect(codeLabel("R17", "vi")).toBeNull();
  expect(codeLabel("Y01", "en")).toBeNull();
  // Not a property every object has.
  expect(codeLabel("toString", "vi")).toBeNull();
});
