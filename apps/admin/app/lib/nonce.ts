import { createContext, useContext } from "react";

/** The per-response nonce that lets Remix's own inline scripts run under the Content-Security-Policy. */
export const NonceContext = createContext<string | undefined>(undefined);
export const useNonce = () => useContext(NonceContext);
