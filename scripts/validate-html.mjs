// `npm run test:html`: the W3C Nu HTML Checker (vnu-jar, on the system's Java) over every
// built page in dist/. Any error fails; warnings are not reported. Needs `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import vnu from 'vnu-jar';

const dist = join(import.meta.dirname, '..', 'dist');
if (!existsSync(join(dist, 'en', 'index.html'))) {
  console.error('validate-html: dist/ has no built site; run `npm run build` first.');
  process.exit(1);
}

function hasJava() {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

if (!hasJava()) {
  if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('validate-html: installing Debian default-jre-headless');
    execFileSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless'],
      { stdio: 'inherit' },
    );
  } else {
    console.error('validate-html: no Java runtime found; install one (Debian: apt-get install default-jre-headless).');
    process.exit(1);
  }
}

const result = spawnSync(
  'java',
  ['-Xss1m', '-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', dist],
  { encoding: 'utf8' },
);
if (result.error) throw result.error;
const { messages = [] } = JSON.parse(result.stderr || '{"messages":[]}');
const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error');
for (const m of errors) {
  const where = (m.url ?? '').replace(/^file:.*?\/dist\//, 'dist/');
  console.error(`${where}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.message}`);
}
console.log(`validate-html: ${errors.length} error(s) in dist/ (Nu HTML Checker).`);
process.exit(errors.length === 0 && result.status === 0 ? 0 : 1);
