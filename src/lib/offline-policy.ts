/** The parts of the Network Information API the offline policy reads (Chromium only). */
export interface ConnectionHints {
  saveData?: boolean;
  type?: string;
}

/**
 * May the whole site be downloaded without asking? Never with Save-Data on; on Wi-Fi or a
 * wired connection, yes; with no connection type reported (desktop browsers, Safari,
 * Firefox), only on a device with a fine pointer, as phones on mobile data report none either.
 */
export function mayDownloadSite(connection: ConnectionHints | undefined, finePointer: boolean): boolean {
  if (connection?.saveData) return false;
  const type = connection?.type;
  if (type) return type === 'wifi' || type === 'ethernet';
  return finePointer;
}
