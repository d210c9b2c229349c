import type { CliHelp, CliText } from "../messages";

/** Every sentence the command line prints, in English (a missing or extra key does not compile). `{0}`, `{1}` … are filled in order by say(). */
export const en: CliText = {
  usage: `DVCQ — templates, checks and roll-up of the Directive 03/CT-UBND report

Usage:
  dvcq template --year 2024 --unit XA-XUAN-HOA --out FILE.xlsx
  dvcq template --year 2024 --all --out DIR           (one file per unit)
  dvcq check FILE... [--year 2024] [--json]
  dvcq rollup FILE... --year 2024 --out REPORT.xlsx [--json SUMMARY.json] [--feedback DIR]
  dvcq demo [--out DIR]
  dvcq registry [--example | --year 2026] [--out REGISTRY.csv]    (a unit list to edit)
Without --year: the year whose deadline (14/10) is next or has just passed this year.
Common options: --units REGISTRY.csv  --catalogue CATALOGUE.json  --lang vi|en
FILE... may be files, folders or patterns such as *.xlsx.
Each command explained: dvcq <command> --help (or dvcq help <command>). Version: dvcq --version.`,
  version: "dvcq {0} (template {1})",
  unknownCommand: "There is no command “{0}”.",
  unknownOption: "The {1} command has no option “{0}”.",
  optionNotForCommand: "Option “{0}” is not used with the {1} command.",
  seeHelp: "See: dvcq {0} --help",
  missingValue: "Option {0} needs a value.",
  flagTakesNoValue: "Option {0} takes no value; write just {0}.",
  optionTwice: "Option {0} is given twice; give it once.",
  unexpectedArgument: "The {0} command takes no file or word “{1}”.",
  argsNotUnderstood: "The command line is not understood: {0}",
  badLang: "There is no language “{0}”: use --lang vi (Vietnamese) or --lang en (English).",
  didYouMean: "Did you mean {0}?",
  or: " or ",
  badYear: "Report year “{0}” is not valid: give a year from 2000 to 2100, e.g. --year 2024.",
  needYear: "The report year is needed: --year 2024.",
  needOut: "Where to write is needed: --out.",
  unitOrAll: "Give exactly one of --unit CODE or --all.",
  unknownUnit: "There is no unit with code “{0}” in the unit list.",
  unitNotValid: "Unit {0} is not active in the {1} report period (per the unit list).",
  noUnitsInYear: `The built-in unit list has no unit active in the {0} report period ({1} – {2}){3}. Use your own unit list: add --units REGISTRY.csv. To get a file to edit:
  dvcq registry --year {0} --out units.csv --lang en   (the last list, its dates left for you to fill)
  dvcq registry --example --out units.csv --lang en    (an example, every column explained)`,
  noUnitsInYearFile:
    "Unit list {4} has no unit active in the {0} report period ({1} – {2}){3}. Give its units valid_from / valid_to dates covering that period in {4} (see: dvcq registry --example), or choose another year.",
  listEnded: "; the list ended on {0}",
  defaultYearNext: "Report year {0} (no --year given: the year whose deadline, {1}, is next).",
  defaultYearPassed: "Report year {0} (no --year given: the year whose deadline, {1}, has just passed).",
  registryTargetExists:
    "{0} already exists; not overwritten. Choose another name, or add --force to replace it.",
  wroteRegistryExample: "Wrote the example unit list: {0}. Edit it into your own, then use: --units {0}",
  wroteRegistry: "Wrote the unit list in use ({1} units): {0}",
  wroteRegistryDraft:
    "Wrote a draft {1} unit list: {0}, from the {2} units valid until {3}. Type valid_from for the units still operating, correct the names and predecessors of merged units, delete the rest; then use: --units {0}",
  cannotRead: "Cannot read {0}: {1}",
  cannotWrite: "Cannot write to {0}: {1}",
  registryProblem: "Unit list {0}: {1}",
  catalogueProblem: "Catalogue {0} cannot be used: {1}",
  previousProblem: "Last year's figures {0} cannot be used: {1}",
  comparedWithPrevious:
    "Compared with {0} (file {1}): the figures of {2} units of {0} counted for {3}/{4} units of {5}; sheet “So với cùng kỳ”.",
  catalogueNotJson: "the file is not valid JSON ({0})",
  fsNotFound: "there is no file or folder of that name",
  fsNoPermission: "permission denied (ask for access, or copy the file into a folder of your own)",
  fsIsFolder: "it is a folder, not a file",
  fsNotFolder: "part of the path is a file, not a folder",
  fsBusy: "the file is open in another program (close it in Excel and run again)",
  fsNoSpace: "the disk is full",
  fsReadOnly: "the disk is read-only",
  fsTooManyOpen: "too many files are open at once; run again",
  fsNameTooLong: "the name or path is too long",
  fsOther: "the system refused the operation",
  inputNotFound: "{0} is not found: there is no file or folder of that name.",
  inputNoPermission: "Cannot open {0}: no permission to read it.",
  inputUnreadable: "Cannot open {0}: {1}.",
  folderEmpty: "Folder {0} holds no .xlsx or .xlsm file.",
  folderEmptyTryRecursive:
    "Folder {0} holds no .xlsx or .xlsm file (there are some in subfolders: add --recursive).",
  noMatch: "No file matches {0}.",
  noInputFiles: "There is no unit report to read.",
  skippedReport: "Skipped {0}: it is a district report written by dvcq, not a unit's report.",
  skippedFeedback: "Skipped {0}: it is a feedback sheet written by dvcq, not a unit's report.",
  skippedSummary: "Skipped {0}: it is a JSON summary written by dvcq.",
  skippedFindings: "Skipped {0}: it is a list of findings written by dvcq as JSON.",
  skippedLock: "Skipped {0}: it is the lock file Excel makes while a workbook is open.",
  skippedTemporary: "Skipped {0}: it is a temporary file of an interrupted dvcq run; it can be deleted.",
  outputIsInput: "Not writing {0} to {1}: it is the input {2}. Choose another name for {0}.",
  outIsJson: "--out {0} and --json {1} are the same file; choose two different names.",
  outputIsFolder: "Cannot write to {0}: it is a folder; give a file name.",
  targetExists: "{0} already exists; not overwritten. Add --force to replace it with a new template.",
  targetsExist:
    "Nothing written: {0} file(s) already exist in {1} ({2}). Add --force to replace them with new templates.",
  targetHasWork:
    "Not overwriting {0}: it holds {1} figure(s) and {2} evidence cell(s) a unit typed. Choose another name, or move the file first.",
  targetTooLarge:
    "Not overwriting {0}: it is too large for DVCQ to tell whether it holds figures a unit typed. Choose another name.",
  targetsHaveWork: "Nothing written: {0} file(s) in {1} hold figures a unit typed, even with --force: {2}.",
  workCount: "{0} ({1} figures, {2} evidence)",
  notOurReport:
    "{0} already exists and is not a district report written by dvcq; not overwritten. Choose another name, or add --force.",
  notOurFacts:
    "{0} already exists and is not a facts CSV written by dvcq; not overwritten. Choose another name, or add --force.",
  notOurSummary:
    "{0} already exists and is not a JSON summary written by dvcq; not overwritten. Choose another name, or add --force.",
  feedbackIsInput:
    "Not writing the feedback into {0}: it is the input {1}, and the sheets would be read as reports next time. Choose another folder for --feedback.",
  feedbackIsOutput: "Not writing the feedback to {0}: it is {1} {2}. Choose another folder for --feedback.",
  feedbackNotFolder: "--feedback {0} is a file, not a folder; give a folder (one file per unit).",
  feedbackChanged:
    "Nothing written: {0} feedback file(s) in {1} already exist and differ from what dvcq would write (they may have been edited): {2}. Choose another folder, or add --force to replace them.",
  wroteFeedback: "Wrote {0} feedback sheet(s) (in Vietnamese) into {1}: {2}.",
  noFeedback: "No unit has anything to fix: no feedback written into {0}.",
  staleFeedback:
    "{0} still holds {1} feedback file(s) of an earlier run for units with nothing to fix now (not deleted): {2}.",
  badResendBy: "--resend-by {0}: {1}.",
  demoFolderTaken:
    "Folder {0} holds files the demo did not write; the demo writes only into a new or empty folder, or an earlier demo's. Choose another folder with --out.",
  wroteTemplate: "Wrote the {0} template ({1}, {2} indicators): {3}",
  wroteTemplates: "Wrote {0} templates for {1} into {2} ({3}).",
  needFiles: "Give at least one .xlsx file to check.",
  wroteRollup:
    "Wrote the {0} district report: {1}. Received {2}/{3} units, {4} on time. Not sent: {5}. Late: {6}. Checks: {7} errors, {8} warnings.",
  findingsSheet:
    "Every error and warning ({0}), by unit, file and cell: sheet “{1}” of the district workbook.",
  rejectedHeading: "{0} file(s) could not be used:",
  rejectedLine: "  ✖ {0} [{1}] {2}",
  demoStart: "DVCQ demo: the {0} reports of the units of Xuân Lộc district.",
  demoInbox:
    "Wrote the demo inbox: {0} reports as the units emailed them, in {1} (not sent: {2}). Checking each file:",
  demoNext:
    "The findings as JSON: {0}. Open a template in Excel or LibreOffice: typed cells are validated and wrong figures turn red.",
  helpUsage: "Usage:",
  helpFiles: "Input files:",
  helpOptions: "Options:",
  helpCommon: "Common options:",
  helpExit:
    "Exit codes: 0 done, no error; 1 done, with error findings; 2 could not run (bad options, cannot read or write).",
  helpInputs: `  Each FILE is an .xlsx/.xlsm file, a folder (every .xlsx/.xlsm in it; subfolders only with
  --recursive) or a pattern with * and ? such as "inbox/*.xlsx" (dvcq expands it when the shell
  does not, as cmd and PowerShell do not). A file named twice is read once. District reports
  and JSON files written by dvcq are recognised and skipped, with a note.`,
};

/** What each command and option does, for `dvcq <command> --help`. */
export const enHelp: CliHelp = {
  commands: {
    template: {
      usage: `dvcq template --year YEAR --unit CODE --out FILE.xlsx [--force]
  dvcq template --year YEAR --all --out DIR [--force]`,
      about:
        "Writes blank templates for units to fill in: one unit, or one DVCQ_<year>_<code>.xlsx file per unit.",
      options: {
        year: {
          value: "YEAR",
          text: "the report year, e.g. 2024 (default: the year whose deadline is next or just passed)",
        },
        unit: {
          value: "CODE",
          text: "a unit code of the unit list, e.g. XA-XUAN-HOA",
        },
        all: {
          text: "one file per unit active in the year, into the --out folder",
        },
        out: {
          value: "FILE|DIR",
          text: "the file to write (with --unit) or the folder (with --all) (required)",
        },
        force: {
          text: "replace existing files with new templates; never one holding figures a unit typed",
        },
      },
    },
    check: {
      usage: "dvcq check FILE... [--year YEAR] [--json] [--previous LAST_YEAR]",
      about: "Checks the figures units typed against the template's rules; changes no file.",
      options: {
        year: {
          value: "YEAR",
          text: "the year being collected; a sheet of another year gets WRONG_YEAR",
        },
        json: {
          text: "print the findings as a JSON array on standard output, and nothing else",
        },
        previous: {
          value: "LAST_YEAR",
          text: "last year's district report (the .xlsx dvcq wrote) or the CSV of rollup --facts: checks 4.2 against 4.7 and 3.3 against last year's models (warnings Y01, Y02)",
        },
        recursive: {
          text: "read subfolders of input folders too",
        },
      },
    },
    rollup: {
      usage:
        "dvcq rollup FILE... --year YEAR --out REPORT.xlsx [--json SUMMARY.json] [--feedback DIR] [--resend-by DATE] [--previous LAST_YEAR]",
      about:
        "Checks and rolls up the units' reports into the district report; names every file it could not use.",
      options: {
        year: {
          value: "YEAR",
          text: "the report year (default: the year whose deadline is next or just passed)",
        },
        out: {
          value: "REPORT.xlsx",
          text: "where to write the district report (required); never one of the inputs",
        },
        json: {
          value: "SUMMARY.json",
          text: "also write a JSON summary (units, indicators, files not used)",
        },
        facts: {
          value: "FACTS.csv",
          text: "also write the Dữ liệu table as CSV (UTF-8): one row per figure of a unit, with its file, sheet and cell",
        },
        feedback: {
          value: "DIR",
          text: "write a Phiếu phản hồi (DVCQ_YEAR_PhanHoi_CODE.xlsx, one A4 page, in Vietnamese) for each unit with something to fix",
        },
        "resend-by": {
          value: "DATE",
          text: "the date units are asked to send (again) by, as 25/10/2024 (default: 7 days after the deadline)",
        },
        previous: {
          value: "LAST_YEAR",
          text: "last year's district report (the .xlsx dvcq wrote) or the CSV of rollup --facts: adds the sheet “So với cùng kỳ”, the comparison in the draft and the checks Y01, Y02",
        },
        recursive: {
          text: "read subfolders of input folders too",
        },
        force: {
          text: "overwrite an --out/--json file dvcq did not write, and edited feedback files; never one holding figures a unit typed",
        },
      },
    },
    demo: {
      usage: "dvcq demo [--out DIR]",
      about:
        "Writes the 2024 templates, a demo inbox of 29 reports, their check and the district report, to try.",
      options: {
        out: {
          value: "DIR",
          text: "the folder to write (default demo-out); new, empty or an earlier demo's",
        },
      },
    },
    registry: {
      usage: `dvcq registry [--year YEAR] [--out REGISTRY.csv] [--force]
  dvcq registry --example [--out REGISTRY.csv] [--force]`,
      about:
        "Writes a unit list as CSV to edit and use with --units: the list in use, a draft for a year with no unit yet, or an example.",
      options: {
        example: {
          text: "an example list (receiving office, two units, a merged unit), every column explained",
        },
        year: {
          value: "YEAR",
          text: "a year with no unit yet: a draft from the last list, its dates left to fill",
        },
        out: {
          value: "REGISTRY.csv",
          text: "the file to write (CSV UTF-8); without it, printed",
        },
        force: {
          text: "replace an existing --out file",
        },
      },
    },
  },
  common: {
    units: {
      value: "REGISTRY.csv",
      text: "a unit list instead of the built-in one",
    },
    catalogue: {
      value: "CATALOGUE.json",
      text: "an indicator catalogue instead of the built-in one",
    },
    lang: {
      value: "vi|en",
      text: "the language of messages (default vi)",
    },
    help: {
      text: "explain the command (-h)",
    },
    version: {
      text: "print the version",
    },
  },
};
