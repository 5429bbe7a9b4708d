// Makes sure Firefox exists before the Firefox suite: Debian's firefox-esr, installed with
// apt-get when it is missing and this runs as root (as CI does). Elsewhere the suite skips
// itself and says why.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { firefoxPath } from './firefox.mjs';

const found = firefoxPath();
if (found) {
  console.log(`firefox: ${found}`);
} else if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('firefox: installing Debian firefox-esr');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr fonts-noto-cjk', {
    stdio: 'inherit',
  });
} else {
  console.log('firefox: not found and cannot be installed here (needs root and apt-get); the Firefox suite will skip.');
}
