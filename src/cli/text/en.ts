import type { Message } from "../../domain/i18n/lang";
import type { CliHelp, CliText } from "../messages";

/** Every sentence the command line prints, in English (a missing or extra key, or a parameter of another type, does not compile). */
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
  version(version: string, template: string): string {
    return `dvcq ${version} (template ${template})`;
  },
  unknownCommand(word: string): string {
    return `There is no command “${word}”.`;
  },
  unknownOption(option: string, command: string): string {
    return `The ${command} command has no option “${option}”.`;
  },
  optionNotForCommand(option: string, command: string): string {
    return `Option “${option}” is not used with the ${command} command.`;
  },
  seeHelp(command: string): string {
    return `See: dvcq ${command} --help`;
  },
  missingValue(option: string): string {
    return `Option ${option} needs a value.`;
  },
  flagTakesNoValue(option: string): string {
    return `Option ${option} takes no value; write just ${option}.`;
  },
  optionTwice(option: string): string {
    return `Option ${option} is given twice; give it once.`;
  },
  unexpectedArgument(command: string, word: string): string {
    return `The ${command} command takes no file or word “${word}”.`;
  },
  argsNotUnderstood(line: string): string {
    return `The command line is not understood: ${line}`;
  },
  badLang(lang: string): string {
    return `There is no language “${lang}”: use --lang vi (Vietnamese) or --lang en (English).`;
  },
  didYouMean(guesses: string): string {
    return `Did you mean ${guesses}?`;
  },
  or: " or ",
  badYear(typed: string): string {
    return `Report year “${typed}” is not valid: give a year from 2000 to 2100, e.g. --year 2024.`;
  },
  needYear: "The report year is needed: --year 2024.",
  needOut: "Where to write is needed: --out.",
  unitOrAll: "Give exactly one of --unit CODE or --all.",
  unknownUnit(code: string): string {
    return `There is no unit with code “${code}” in the unit list.`;
  },
  unitNotValid(code: string, year: number): string {
    return `Unit ${code} is not active in the ${year} report period (per the unit list).`;
  },
  noUnitsInYear(year: number, from: string, to: string, listEnded: string): string {
    return `The built-in unit list has no unit active in the ${year} report period (${from} – ${to})${listEnded}. Use your own unit list: add --units REGISTRY.csv. To get a file to edit:
  dvcq registry --year ${year} --out units.csv --lang en   (the last list, its dates left for you to fill)
  dvcq registry --example --out units.csv --lang en    (an example, every column explained)`;
  },
  noUnitsInYearFile(year: number, from: string, to: string, listEnded: string, file: string): string {
    return `Unit list ${file} has no unit active in the ${year} report period (${from} – ${to})${listEnded}. Give its units valid_from / valid_to dates covering that period in ${file} (see: dvcq registry --example), or choose another year.`;
  },
  listEnded(lastDay: string): string {
    return `; the list ended on ${lastDay}`;
  },
  defaultYearNext(year: number, deadline: string): string {
    return `Report year ${year} (no --year given: the year whose deadline, ${deadline}, is next).`;
  },
  defaultYearPassed(year: number, deadline: string): string {
    return `Report year ${year} (no --year given: the year whose deadline, ${deadline}, has just passed).`;
  },
  registryTargetExists(file: string): string {
    return `${file} already exists; not overwritten. Choose another name, or add --force to replace it.`;
  },
  wroteRegistryExample(file: string): string {
    return `Wrote the example unit list: ${file}. Edit it into your own, then use: --units ${file}`;
  },
  wroteRegistry(file: string, units: number): string {
    return `Wrote the unit list in use (${units} units): ${file}`;
  },
  wroteRegistryDraft(file: string, year: number, units: number, lastDay: string): string {
    return `Wrote a draft ${year} unit list: ${file}, from the ${units} units valid until ${lastDay}. Type valid_from for the units still operating, correct the names and predecessors of merged units, delete the rest; then use: --units ${file}`;
  },
  cannotRead(file: string, reason: Message): string {
    return `Cannot read ${file}: ${reason.en}`;
  },
  cannotWrite(file: string, reason: Message): string {
    return `Cannot write to ${file}: ${reason.en}`;
  },
  registryProblem(file: string, problem: string): string {
    return `Unit list ${file}: ${problem}`;
  },
  catalogueProblem(file: string, problem: string): string {
    return `Catalogue ${file} cannot be used: ${problem}`;
  },
  previousProblem(file: string, problem: Message): string {
    return `Last year's figures ${file} cannot be used: ${problem.en}`;
  },
  comparedWithPrevious(
    previousYear: number,
    file: string,
    counted: number,
    compared: number,
    units: number,
    year: number,
  ): string {
    return `Compared with ${previousYear} (file ${file}): the figures of ${counted} units of ${previousYear} counted for ${compared}/${units} units of ${year}; sheet “So với cùng kỳ”.`;
  },
  catalogueNotJson(error: string): string {
    return `the file is not valid JSON (${error})`;
  },
  fsNotFound: "there is no file or folder of that name",
  fsNoPermission: "permission denied (ask for access, or copy the file into a folder of your own)",
  fsIsFolder: "it is a folder, not a file",
  fsNotFolder: "part of the path is a file, not a folder",
  fsBusy: "the file is open in another program (close it in Excel and run again)",
  fsNoSpace: "the disk is full",
  fsReadOnly: "the disk is read-only",
  fsTooManyOpen: "too many files are open at once; run again",
  fsNameTooLong: "the name or path is too long",
  fsIo: "the disk reported an error reading or writing (copy the file to another disk and run again)",
  fsCutShort: "the file was cut short while it was read (is another program writing it?)",
  fsNotRegular: "it is not a regular file (a device, a pipe or a socket)",
  fsOther: "the system refused the operation",
  inputNotFound(shown: string): string {
    return `${shown} is not found: there is no file or folder of that name.`;
  },
  inputNoPermission(shown: string): string {
    return `Cannot open ${shown}: no permission to read it.`;
  },
  inputUnreadable(shown: string, reason: Message): string {
    return `Cannot open ${shown}: ${reason.en}.`;
  },
  folderEmpty(folder: string): string {
    return `Folder ${folder} holds no .xlsx or .xlsm file.`;
  },
  folderEmptyTryRecursive(folder: string): string {
    return `Folder ${folder} holds no .xlsx or .xlsm file (there are some in subfolders: add --recursive).`;
  },
  noMatch(pattern: string): string {
    return `No file matches ${pattern}.`;
  },
  noInputFiles: "There is no unit report to read.",
  skippedReport(file: string): string {
    return `Skipped ${file}: it is a district report written by dvcq, not a unit's report.`;
  },
  skippedFeedback(file: string): string {
    return `Skipped ${file}: it is a feedback sheet written by dvcq, not a unit's report.`;
  },
  skippedSummary(file: string): string {
    return `Skipped ${file}: it is a JSON summary written by dvcq.`;
  },
  skippedFindings(file: string): string {
    return `Skipped ${file}: it is a list of findings written by dvcq as JSON.`;
  },
  skippedLock(file: string): string {
    return `Skipped ${file}: it is the lock file Excel makes while a workbook is open.`;
  },
  skippedTemporary(file: string): string {
    return `Skipped ${file}: it is a temporary file of an interrupted dvcq run; it can be deleted.`;
  },
  outputIsInput(option: string, output: string, input: string): string {
    return `Not writing ${option} to ${output}: it is the input ${input}. Choose another name for ${option}.`;
  },
  outIsJson(out: string, json: string): string {
    return `--out ${out} and --json ${json} are the same file; choose two different names.`;
  },
  outputIsFolder(output: string): string {
    return `Cannot write to ${output}: it is a folder; give a file name.`;
  },
  targetExists(file: string): string {
    return `${file} already exists; not overwritten. Add --force to replace it with a new template.`;
  },
  targetsExist(files: number, folder: string, names: string): string {
    return `Nothing written: ${files} file(s) already exist in ${folder} (${names}). Add --force to replace them with new templates.`;
  },
  targetHasWork(file: string, figures: number, evidence: number): string {
    return `Not overwriting ${file}: it holds ${figures} figure(s) and ${evidence} evidence cell(s) a unit typed. Choose another name, or move the file first.`;
  },
  targetTooLarge(file: string): string {
    return `Not overwriting ${file}: it is too large for DVCQ to tell whether it holds figures a unit typed. Choose another name.`;
  },
  targetUnreadable(file: string, reason: Message): string {
    return `Not overwriting ${file}, even with --force: DVCQ cannot read it, so cannot tell whether it holds figures a unit typed. ${reason.en} Choose another name, or move the file first.`;
  },
  targetChanged(file: string): string {
    return `Nothing written: ${file} changed while DVCQ was working (another program wrote it). Run the command again.`;
  },
  targetsHaveWork(files: number, folder: string, works: string): string {
    return `Nothing written: ${files} file(s) in ${folder} hold figures a unit typed, even with --force: ${works}.`;
  },
  workCount(name: string, figures: number, evidence: number): string {
    return `${name} (${figures} figures, ${evidence} evidence)`;
  },
  notOurReport(file: string): string {
    return `${file} already exists and is not a district report written by dvcq; not overwritten. Choose another name, or add --force.`;
  },
  notOurFacts(file: string): string {
    return `${file} already exists and is not a facts CSV written by dvcq; not overwritten. Choose another name, or add --force.`;
  },
  notOurSummary(file: string): string {
    return `${file} already exists and is not a JSON summary written by dvcq; not overwritten. Choose another name, or add --force.`;
  },
  feedbackIsInput(folder: string, input: string): string {
    return `Not writing the feedback into ${folder}: it is the input ${input}, and the sheets would be read as reports next time. Choose another folder for --feedback.`;
  },
  feedbackIsOutput(folder: string, option: string, output: string): string {
    return `Not writing the feedback to ${folder}: it is ${option} ${output}. Choose another folder for --feedback.`;
  },
  feedbackNotFolder(folder: string): string {
    return `--feedback ${folder} is a file, not a folder; give a folder (one file per unit).`;
  },
  feedbackChanged(files: number, folder: string, names: string): string {
    return `Nothing written: ${files} feedback file(s) in ${folder} already exist and differ from what dvcq would write (they may have been edited): ${names}. Choose another folder, or add --force to replace them.`;
  },
  wroteFeedback(sheets: number, folder: string, units: string): string {
    return `Wrote ${sheets} feedback sheet(s) (in Vietnamese) into ${folder}: ${units}.`;
  },
  noFeedback(folder: string): string {
    return `No unit has anything to fix: no feedback written into ${folder}.`;
  },
  staleFeedback(folder: string, files: number, names: string): string {
    return `${folder} still holds ${files} feedback file(s) of an earlier run for units with nothing to fix now (not deleted): ${names}.`;
  },
  badResendBy(typed: string, problem: string): string {
    return `--resend-by ${typed}: ${problem}.`;
  },
  demoFileChanged(file: string): string {
    return `Not overwriting ${file}: it was changed after the demo wrote it and is no longer the demo's sample report. Move the file, or choose another folder with --out.`;
  },
  demoFolderTaken(folder: string): string {
    return `Folder ${folder} holds files the demo did not write; the demo writes only into a new or empty folder, or an earlier demo's. Choose another folder with --out.`;
  },
  wroteTemplate(year: number, unit: string, indicators: number, file: string): string {
    return `Wrote the ${year} template (${unit}, ${indicators} indicators): ${file}`;
  },
  wroteTemplates(templates: number, year: number, folder: string, kinds: string): string {
    return `Wrote ${templates} templates for ${year} into ${folder} (${kinds}).`;
  },
  needFiles: "Give at least one .xlsx file to check.",
  wroteRollup(
    year: number,
    file: string,
    received: number,
    expected: number,
    onTime: number,
    missing: string,
    late: string,
    errors: number,
    warnings: number,
  ): string {
    return `Wrote the ${year} district report: ${file}. Received ${received}/${expected} units, ${onTime} on time. Not sent: ${missing}. Late: ${late}. Checks: ${errors} errors, ${warnings} warnings.`;
  },
  findingsSheet(findings: number, sheet: string): string {
    return `Every error and warning (${findings}), by unit, file and cell: sheet “${sheet}” of the district workbook.`;
  },
  rejectedHeading(files: number): string {
    return `${files} file(s) could not be used:`;
  },
  rejectedLine(file: string, reason: string, problem: string): string {
    return `  ✖ ${file} [${reason}] ${problem}`;
  },
  demoStart(year: number): string {
    return `DVCQ demo: the ${year} reports of the units of Xuân Lộc district.`;
  },
  demoInbox(files: number, folder: string, missing: string): string {
    return `Wrote the demo inbox: ${files} reports as the units emailed them, in ${folder} (not sent: ${missing}). Checking each file:`;
  },
  demoNext(file: string): string {
    return `The findings as JSON: ${file}. Open a template in Excel or LibreOffice: typed cells are validated and wrong figures turn red.`;
  },
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
