import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import express from "express";

/**
 * Every file under `dir`, as the URL path it is served at under `mount` (`/assets/app-x.js`).
 * The apps' files are fixed once built (build/client) or committed (public), so they are listed
 * once, when the server starts.
 */
export function listFiles(dir: string, mount = "/"): Set<string> {
  const files = new Set<string>();
  const base = mount.endsWith("/") ? mount : `${mount}/`;
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return; // No such folder (an app without public files): nothing to serve from it.
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.add(base + relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
  return files;
}

/**
 * `express.static` for the files `dir` holds when the server starts, and nothing else: a request
 * for any other path (every page) goes on at once, without the file-system lookup and the
 * not-found error `express.static` makes for it (two of each per page with the build's and the
 * public files: a fifth of a cached page's time under load, `pnpm bench` profile 2026-12-02).
 */
export function staticFiles(dir: string, options: Parameters<typeof express.static>[1] = {}): express.RequestHandler {
  const files = listFiles(dir);
  const serve = express.static(dir, { ...options, index: false, redirect: false });
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    let path: string;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    return files.has(path) ? serve(req, res, next) : next();
  };
}
