import { formatAddress, parseAddress } from "./address";

describe("addresses in the fake", () => {
  it("reads cells, ranges, whole columns and whole rows as Excel does, in either order and with $", () => {
    expect(parseAddress("$D$27", "test")).toEqual({ top: 27, bottom: 27, left: 4, right: 4 });
    expect(parseAddress("C3:A1", "test")).toEqual({ top: 1, bottom: 3, left: 1, right: 3 });
    expect(parseAddress("B:D", "test")).toEqual({ top: 1, bottom: 1_048_576, left: 2, right: 4 });
    expect(parseAddress("5:2", "test")).toEqual({ top: 2, bottom: 5, left: 1, right: 16_384 });
    expect(formatAddress(parseAddress("XFD1048576", "test"))).toBe("XFD1048576");
  });

  it.each(["", "A1:B2:C3", "A0", "XFE1", "A1048577", "Sheet1!A1", "R1C1"])(
    "refuses the address '%s' with InvalidArgument",
    (address) => {
      expect(() => parseAddress(address, "test")).toThrow(
        expect.objectContaining({ code: "InvalidArgument" }),
      );
    },
  );
});
