import { webLightTheme, type Theme } from "@fluentui/react-components";

/** What the pane reads of Office.context.officeTheme (absent in older Office and outside Office). */
export interface OfficeThemeColours {
  bodyBackgroundColor: string;
  /** Absent in hosts that do not report it: the background then decides. */
  isDarkTheme?: boolean;
}

export interface ColourScheme {
  dark: boolean;
  /** The system's high contrast, which browsers report as forced colours. */
  forcedColours: boolean;
}

/** Relative luminance (WCAG) of "#RRGGBB" or "RRGGBB"; null when it is not such a colour. */
function luminance(colour: string): number | null {
  const hex = /^#?([0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (hex === undefined) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Whether Office's theme is one of its dark ones (Dark Gray, Black); light when Office says nothing. */
export function officeThemeIsDark(office: OfficeThemeColours | null | undefined): boolean {
  if (office === null || office === undefined) return false;
  return office.isDarkTheme ?? (luminance(office.bodyBackgroundColor) ?? 1) < 0.2;
}

/** The browser's own preferences: its dark mode and the system's high contrast. */
export function browserColourScheme(): ColourScheme {
  const matches = (query: string) =>
    typeof window.matchMedia === "function" && window.matchMedia(query).matches;
  return { dark: matches("(prefers-color-scheme: dark)"), forcedColours: matches("(forced-colors: active)") };
}

/**
 * Calls render with Fluent's theme for the scheme: its light web theme at once; its dark web theme,
 * or under forced colours its high-contrast theme when they are dark, once their chunk has loaded
 * (they stay out of the first load). Fluent's components take the forced colours themselves; the
 * theme colours what they leave, which must suit the forced background: the high-contrast theme's
 * yellow links on a forced white background would be unreadable, so light forced colours get light.
 */
export function renderWithTheme(scheme: ColourScheme, render: (theme: Theme) => void): void {
  if (!scheme.dark) {
    render(webLightTheme);
    return;
  }
  void import("./darkThemes").then(
    (themes) => render(scheme.forcedColours ? themes.teamsHighContrastTheme : themes.webDarkTheme),
    // A chunk that cannot load still leaves the clerk a pane.
    () => render(webLightTheme),
  );
}

/** In Excel: the system's high contrast when it is on, else Office's theme (not the browser's dark mode). */
export function paneColourScheme(
  office: OfficeThemeColours | null | undefined,
  browser: ColourScheme,
): ColourScheme {
  return browser.forcedColours ? browser : { dark: officeThemeIsDark(office), forcedColours: false };
}

/** The theme's background down to the window's bottom edge, not only behind the content. */
export const FILL_PANE = { minHeight: "100vh" } as const;
