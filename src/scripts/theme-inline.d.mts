export const THEME_SCRIPT: string;
