// The CSP nonce of the current response, for Remix's inline scripts (see app/http/security.ts).
import { createContext, useContext } from "react";

export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
