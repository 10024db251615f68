// Issue 20, every feed and export: each mutant re-opens one hole the exports had (text reaching the
// RSS feed's CDATA or the calendar's name unescaped, a feed without its protective headers, a CSV
// cell a spreadsheet runs as a formula) and names the general test that catches it.
import { portal, server } from "./commands.js";

const feeds = portal("app/lib/feeds.server.test.ts");
const exports = server("src/open-data/exports.test.ts");

export default [
  {
    name: "feed-cdata-unescaped",
    what: "plain text goes into the RSS feed's CDATA with > unescaped, so a second ]]> ends the section (feed splits only the first)",
    edits: [
      {
        file: "apps/portal/app/lib/feeds.server.ts",
        find: `.replaceAll("<", "&lt;").replaceAll(">", "&gt;");`,
        replace: `.replaceAll("<", "&lt;");`,
      },
    ],
    command: feeds,
    expect: /FAIL .*are well-formed RSS and iCalendar that real parsers read back, with nothing injected/,
  },
  {
    name: "feed-calendar-name-unescaped",
    what: "the calendar's name (written by ical-generator as given) is no longer escaped: a line break in a programme's name starts a property",
    edits: [
      {
        file: "apps/portal/app/routes/$tenant.evenemang[.]ics.tsx",
        find: "name: icalText(`${tenant.programmeName} – evenemang`),",
        replace: "name: feedText(`${tenant.programmeName} – evenemang`),",
      },
    ],
    command: feeds,
    expect: /FAIL .*are well-formed RSS and iCalendar that real parsers read back, with nothing injected/,
  },
  {
    name: "feed-headers-dropped",
    what: "the RSS feed is served without nosniff and its Content-Security-Policy",
    edits: [
      {
        file: "apps/portal/app/routes/$tenant.nyheter[.]rss.tsx",
        find: `"application/rss+xml; charset=utf-8", ...FEED_HEADERS }`,
        replace: `"application/rss+xml; charset=utf-8" }`,
      },
    ],
    command: feeds,
    expect: /FAIL .*are well-formed RSS and iCalendar that real parsers read back, with nothing injected/,
  },
  {
    name: "csv-formula-unneutralised",
    what: "the open data's CSV writer passes text through as it is: a published answer starting with = is a formula in Excel",
    edits: [
      {
        file: "apps/api/src/open-data/csv.ts",
        find: "string: (value) => neutraliseFormula(value),",
        replace: "string: (value) => value,",
      },
    ],
    command: exports,
    expect: /FAIL .*is well-formed JSON and CSV, gives back the stored text, and no CSV text cell starts like a formula/,
  },
];
