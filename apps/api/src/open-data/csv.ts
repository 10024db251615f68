import { stringify } from "csv-stringify";

/**
 * What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): `=`, `+`, `-` and
 * `@` first, or a tab or carriage return before them (Excel skips those when it looks for one).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet would run as a formula, made plain text the way OWASP advises: with an
 * apostrophe first (`=HYPERLINK(…)` is written `'=HYPERLINK(…)`; Excel and LibreOffice then show the
 * text and hide the apostrophe). Published answers, contacts and every other column come from people
 * outside the platform's control, and opening the export must not run what they wrote.
 *
 * Only text is neutralised. Numbers are written from numbers (the `number` cast below), so a negative
 * value stays `-2,5` and a spreadsheet reads it as a number; no string is guessed to be "numeric".
 * A text that merely starts with a minus sign (a telephone number such as `-12 34`) gets the
 * apostrophe too: harmless, and the only rule that cannot be talked past.
 */
export const neutraliseFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/**
 * The one CSV writer of the open data: semicolons and CRLF (Excel set to Swedish opens it as
 * columns), numbers with a decimal comma, booleans as ja/nej, and every text cell through
 * `neutraliseFormula`. Every export goes through this, whatever its columns, so a new list's CSV
 * is protected without naming its columns anywhere.
 */
export const csvWriter = (columns: string[]) =>
  stringify({
    header: true,
    columns,
    delimiter: ";",
    record_delimiter: "windows",
    cast: {
      string: (value) => neutraliseFormula(value),
      number: (value) => String(value).replace(".", ","),
      boolean: (value) => (value ? "ja" : "nej"),
    },
  });
