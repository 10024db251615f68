/** The documented demo password of the seeded accounts; never used in production. */
export const DEMO_PASSWORD = "nara-vard-demo";
