// Fluent's dark themes, in their own chunk: most clerks never load them.
export { teamsHighContrastTheme, webDarkTheme } from "@fluentui/react-components";
