#!/usr/bin/env node
// `pnpm test:pg`: the same suites as `pnpm test`, on a real PostgreSQL server. Each test file
// creates its own database on TEST_DATABASE_URL's server and drops it afterwards.
import { log, run } from "./lib.mjs";

const url = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
log(`Kör testerna mot PostgreSQL: ${url.replace(/\/\/[^@/]*@/, "//***@")}`);
run("pnpm", ["turbo", "run", "test", "--concurrency=1"], { env: { TEST_DATABASE_URL: url } });
