import fs from "node:fs";

type Call = (...args: unknown[]) => unknown;

/**
 * Runs `run` with the system call `fs[name]` in this process made by `instead`, which is given the
 * real one; the real one is put back however `run` ends.
 */
export async function withFsCall<T>(
  name: "readSync" | "readFileSync" | "fstatSync",
  instead: (real: Call, ...args: unknown[]) => unknown,
  run: () => Promise<T>,
): Promise<T> {
  const real = fs[name] as unknown as Call;
  const spy = jest
    .spyOn(fs, name)
    .mockImplementation(((...args: unknown[]) => instead(real, ...args)) as never);
  try {
    return await run();
  } finally {
    spy.mockRestore();
  }
}
