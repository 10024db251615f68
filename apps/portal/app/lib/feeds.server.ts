/**
 * Text on its way into the portal's feeds (RSS news, iCalendar events), and the headers of every
 * file the portal serves outside a page (issue 20). The writers (`feed`, `ical-generator`) take text
 * as it is; what they do not make safe is made safe here, before it reaches them.
 */

/**
 * What neither XML 1.0 nor iCalendar can carry, not even as a character reference: the C0 controls
 * but tab, line feed and carriage return, DEL (iCalendar's CONTROL), U+FFFE and U+FFFF, and halves
 * of surrogate pairs. One such character makes the whole feed unreadable to a strict reader.
 */
const NOT_IN_FEEDS =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text with what feeds cannot carry left out (it has no visible form to keep), and every line
 * break as `\n`: XML readers turn CRLF and CR into LF whatever is sent, and iCalendar has only `\n`.
 * The line and paragraph separators (U+2028, U+2029) are line breaks too: calendar readers that
 * split lines on them lost an event's summary and description (issue 20's review, node-ical).
 */
export const feedText = (text: string) => text.replace(NOT_IN_FEEDS, "").replace(/\r\n?|[\u2028\u2029]/g, "\n");

/**
 * Text for what ical-generator writes as it is given — the calendar's name (NAME, X-WR-CALNAME) —
 * escaped as RFC 5545 has TEXT: a backslash before `\`, `;` and `,`, every line break as `\n`.
 * Without it a line break in a programme's name began a property, or an event, of its own. (An
 * event's summary, description and location ical-generator escapes itself: not here, or twice.)
 */
export const icalText = (text: string) =>
  feedText(text)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replaceAll("\n", "\\n");

/**
 * Plain text (a title, a lead, a tag) for RSS, as HTML: readers treat an item's title and
 * description as HTML and decode entities in every text element, so `<b>` in a lead would be markup
 * in the reader and `&amp;` would lose its `amp;`. With `>` escaped no `]]>` is left either: `feed`
 * writes titles and descriptions in CDATA sections and splits only the first `]]>` in each, so a
 * second one ended the section and what followed was read as elements.
 */
export const rssPlain = (text: string) => feedText(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * `rssPlain` for what `feed` writes as XML text rather than CDATA (the channel's title, description
 * and copyright, categories). Its XML writer (xml-js) first turns every `&amp;` back into `&`, "to
 * avoid double escaping", which would undo the escaping of a `&`; so every `&` is given to it once
 * more, and the reader gets exactly `rssPlain`'s HTML.
 */
export const rssPlainAsXmlText = (text: string) => rssPlain(text).replaceAll("&", "&amp;");

/**
 * Sanitised HTML (an article's body) for RSS: what XML cannot carry left out, and every `]]>`
 * written `]]&gt;`, which is the same HTML (a sanitised body has no script, style or comment, where
 * the two would differ) and cannot end `feed`'s CDATA section.
 */
export const rssHtml = (html: string) => feedText(html).replaceAll("]]>", "]]&gt;");

/**
 * For every feed and file the portal serves outside a page (RSS, iCalendar, the PDF report): the
 * type it is sent as is the type it is (no sniffing a feed into a page), and if it is opened as a
 * page anyway, nothing in it may run, load anything or be framed. Resource routes get no headers
 * from entry.server.tsx, which only renders pages.
 */
export const FEED_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
  "Referrer-Policy": "strict-origin-when-cross-origin",
} as const;

/**
 * The same for the PDF report, without `sandbox`: browsers' built-in PDF viewers refuse to show a
 * sandboxed document. The report is drawn by pdfkit from the programme's data and has no scripts.
 */
export const PDF_HEADERS = {
  ...FEED_HEADERS,
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
} as const;
