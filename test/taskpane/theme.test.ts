import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import {
  officeThemeIsDark,
  paneColourScheme,
  renderWithTheme,
  type ColourScheme,
} from "../../src/taskpane/theme";

test.each([
  ["Office says dark", { bodyBackgroundColor: "#FFFFFF", isDarkTheme: true }, true],
  ["Office says light", { bodyBackgroundColor: "#262626", isDarkTheme: false }, false],
  ["no isDarkTheme, black background", { bodyBackgroundColor: "#262626" }, true],
  ["no isDarkTheme, dark gray background", { bodyBackgroundColor: "#666666" }, true],
  ["no isDarkTheme, white background", { bodyBackgroundColor: "#FFFFFF" }, false],
  ["no isDarkTheme, light gray background without #", { bodyBackgroundColor: "E6E6E6" }, false],
  ["a colour that is not #RRGGBB", { bodyBackgroundColor: "black" }, false],
])("Office's theme dark or not: %s", (_, theme, dark) => {
  expect(officeThemeIsDark(theme)).toBe(dark);
});

test("no theme from Office (outside Office, older hosts) is light", () => {
  expect(officeThemeIsDark(undefined)).toBe(false);
  expect(officeThemeIsDark(null)).toBe(false);
});

const themeFor = (scheme: ColourScheme): Promise<Theme> =>
  new Promise((resolve) => renderWithTheme(scheme, resolve));

test("Fluent's theme: dark, light, and under forced colours high contrast only when they are dark", async () => {
  expect(await themeFor({ dark: true, forcedColours: false })).toBe(webDarkTheme);
  expect(await themeFor({ dark: false, forcedColours: false })).toBe(webLightTheme);
  expect(await themeFor({ dark: true, forcedColours: true })).toBe(teamsHighContrastTheme);
  expect(await themeFor({ dark: false, forcedColours: true })).toBe(webLightTheme);
});

test("the light theme renders at once, before any chunk loads", () => {
  const render = jest.fn();
  renderWithTheme({ dark: false, forcedColours: false }, render);
  expect(render.mock.calls).toEqual([[webLightTheme]]);
});

test("in Excel the system's high contrast wins over Office's theme, and the browser's dark mode counts only there", () => {
  const black = { bodyBackgroundColor: "#262626", isDarkTheme: true };
  const white = { bodyBackgroundColor: "#FFFFFF", isDarkTheme: false };
  expect(paneColourScheme(black, { dark: false, forcedColours: false })).toEqual({
    dark: true,
    forcedColours: false,
  });
  expect(paneColourScheme(white, { dark: true, forcedColours: false })).toEqual({
    dark: false,
    forcedColours: false,
  });
  expect(paneColourScheme(white, { dark: true, forcedColours: true })).toEqual({
    dark: true,
    forcedColours: true,
  });
  expect(paneColourScheme(black, { dark: false, forcedColours: true })).toEqual({
    dark: false,
    forcedColours: true,
  });
});
