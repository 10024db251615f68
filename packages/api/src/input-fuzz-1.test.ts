import { fuzzProcedures } from "./fuzz/procedure-fuzz.ts";

// Generated input to the first half of the router's procedures (the other half: input-fuzz-2).
fuzzProcedures(0, 2);
