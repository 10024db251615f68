import { fuzzProcedures } from "./fuzz/procedure-fuzz.ts";

// Generated input to the second half of the router's procedures (the first half: input-fuzz-1).
fuzzProcedures(1, 2);
