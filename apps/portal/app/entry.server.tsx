import { createHash } from "node:crypto";
import { createNonce } from "@naravard/app-server/nonce";
import { PassThrough } from "node:stream";
import { type EntryContext, createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceContext } from "./lib/nonce.ts";
import { securityHeaders } from "./lib/security.server.ts";

const ABORT_DELAY = 5_000;

/**
 * Remix's default Node entry, plus a nonce per response for the Content-Security-Policy, and a
 * validator: a successful page carries an ETag of its content, and a browser that already has that
 * content gets 304 Not Modified. Crawlers get the whole document at once; browsers get it streamed
 * unless it can be validated.
 */
export default function handleRequest(request: Request, responseStatusCode: number, responseHeaders: Headers, remixContext: EntryContext) {
  const nonce = createNonce();
  for (const [name, value] of Object.entries(securityHeaders(request, nonce))) responseHeaders.set(name, value);
  if (request.method === "GET" && responseStatusCode === 200) return validatedPage(request, responseHeaders, remixContext, nonce);
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

/**
 * Renders the whole page, then answers 304 when the browser's copy is the same. The ETag leaves
 * out the nonce (new in every response), and the 304 carries no Content-Security-Policy, so the
 * browser keeps the policy whose nonce matches the copy it shows.
 */
function validatedPage(request: Request, responseHeaders: Headers, remixContext: EntryContext, nonce: string) {
  return new Promise<Response>((resolve, reject) => {
    let failed = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        onAllReady() {
          const chunks: Buffer[] = [];
          const body = new PassThrough();
          body.on("data", (chunk: Buffer) => chunks.push(chunk));
          body.on("end", () => {
            const html = Buffer.concat(chunks).toString("utf8");
            const etag = `W/"${createHash("sha256").update(html.replaceAll(nonce, "")).digest("base64url").slice(0, 27)}"`;
            const validators = { ETag: etag, "Cache-Control": "no-cache", Vary: "Cookie" };
            const known = request.headers.get("if-none-match")?.split(",").map((t) => t.trim());
            if (!failed && known?.includes(etag)) return resolve(new Response(null, { status: 304, headers: validators }));
            for (const [name, value] of Object.entries(validators)) responseHeaders.set(name, value);
            responseHeaders.set("Content-Type", "text/html");
            resolve(new Response(html, { headers: responseHeaders, status: failed ? 500 : 200 }));
          });
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          failed = true;
          console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
