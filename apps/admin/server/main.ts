/**
 * The admin's production server: the shared app server (packages/app-server: what `remix-serve`
 * does, security headers on files, cross-site writes refused with 403 before any action runs).
 *
 * PORT (default 3000), HOST; the app's own settings (API_URL, SESSION_SECRET, …) as in README.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAppServer, serve } from "@naravard/app-server";
import { ADMIN_BODY_LIMIT } from "../app/lib/body-limit.ts";

const port = Number(process.env.PORT ?? 3000);
const app = await createAppServer({ appDir: path.resolve(fileURLToPath(import.meta.url), "../.."), bodyLimit: ADMIN_BODY_LIMIT });
serve(app, { port, host: process.env.HOST, describe: () => `[admin] http://localhost:${port}` });
