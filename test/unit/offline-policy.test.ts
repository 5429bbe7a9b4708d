import { describe, expect, it } from 'vitest';
import { mayDownloadSite } from '../../src/lib/offline-policy';

describe('mayDownloadSite', () => {
  it('never downloads with Save-Data on, whatever the connection', () => {
    expect(mayDownloadSite({ saveData: true, type: 'wifi' }, true)).toBe(false);
    expect(mayDownloadSite({ saveData: true }, true)).toBe(false);
  });
  it('downloads on Wi-Fi and wired connections, not on mobile data', () => {
    expect(mayDownloadSite({ type: 'wifi' }, false)).toBe(true);
    expect(mayDownloadSite({ type: 'ethernet' }, false)).toBe(true);
    expect(mayDownloadSite({ type: 'cellular' }, true)).toBe(false);
    expect(mayDownloadSite({ type: 'bluetooth' }, true)).toBe(false);
  });
  it('with no type reported, only on a device with a fine pointer', () => {
    expect(mayDownloadSite(undefined, true)).toBe(true);
    expect(mayDownloadSite({}, false)).toBe(false);
  });
});
