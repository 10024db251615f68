import type express from "express";

/**
 * Whom the API's limits count (decision 016). Header the server sets on every request before the
 * app sees it: the visitor's address as Express determines it — the connection's, or with
 * TRUST_PROXY set, the one the trusted proxies in front reported. Whatever a client sent in this
 * header itself is replaced, and the app signs the value before passing it to the API.
 */
export const CLIENT_ADDRESS_HEADER = "x-naravard-client-address";

/**
 * Express's "trust proxy" from TRUST_PROXY: the number of proxies in front of this server (their
 * X-Forwarded-For entries are the ones trusted, counted from the right), or none when unset. A
 * client can write any X-Forwarded-For, so the leftmost entry is never trusted by default.
 */
export function trustProxySetting(value = process.env.TRUST_PROXY): number | false {
  if (value === undefined || value.trim() === "" || value.trim() === "0" || value.trim() === "false") return false;
  const hops = Number(value);
  if (!Number.isSafeInteger(hops) || hops < 0)
    throw new Error(`TRUST_PROXY ska vara antalet proxyservrar framför appen (ett heltal), inte "${value}".`);
  return hops;
}

export const setClientAddress: express.RequestHandler = (req, _res, next) => {
  const address = req.ip ?? req.socket.remoteAddress;
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address.slice(0, 100);
  else delete req.headers[CLIENT_ADDRESS_HEADER];
  next();
};
