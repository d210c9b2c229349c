/** Versions as [major, minor], parsed once each: the fake asks for every command it runs. */
const parsed = new Map<string, readonly [number, number]>();

function parts(version: string): readonly [number, number] {
  let known = parsed.get(version);
  if (known === undefined) {
    const [major = 0, minor = 0] = version.split(".").map(Number);
    known = [major, minor];
    parsed.set(version, known);
  }
  return known;
}

export function versionAtLeast(have: string, need: string): boolean {
  const [hMajor, hMinor] = parts(have);
  const [nMajor, nMinor] = parts(need);
  return hMajor > nMajor || (hMajor === nMajor && hMinor >= nMinor);
}
export function maxVersion(a: string, b: string | undefined): string {
  return b === undefined || versionAtLeast(a, b) ? a : b;
}
