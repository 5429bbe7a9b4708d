export function firefoxPath(): string | null;
export const firefoxPort: number;
