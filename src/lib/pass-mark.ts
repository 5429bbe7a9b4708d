/** Percentage needed to pass any knowledge check (stage checks and the final assessment). */
export const PASS_MARK = 80;
