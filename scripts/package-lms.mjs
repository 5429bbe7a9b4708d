// `npm run package`: turns the built site (dist/) into SCORM packages in dist-lms/:
// ssm-playbook-<locale>-scorm12.zip and ssm-playbook-<locale>-scorm2004.zip.
//
// A copy of the build is post-processed rather than built a second time (seconds, not
// minutes, and the packages hold exactly the bytes the tests ran against):
// - root-absolute URLs (`/en/…`, `/_astro/…`) in HTML, island props, JSON data and the
//   bundler's preload helper become relative ones, to the index.html files themselves, so
//   the course works under whatever folder the LMS serves it from;
// - every page is marked `<html data-lms="scorm12|scorm2004" data-lms-root="../..">`: the
//   header script then registers no service worker and loads the LMS page module;
// - the service worker, the web app manifest, the root redirect and the 404 page stay out;
// - a check fails the packaging if any root-absolute URL is left.
// Each package holds the whole site (both languages, so the language switch stays inside
// the package); the locale decides the manifest's language and the page it launches.
import { readdirSync, readFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { rootFor, toPackageHref } from '../src/lib/package-paths.ts';
import { buildManifest } from '../src/lib/scorm/manifest.ts';

const started = performance.now();
const here = import.meta.dirname;
const dist = join(here, '..', 'dist');
const out = join(here, '..', 'dist-lms');
const SITE = 'https://ssm-playbook.example';
const locales = { en: 'en', 'zh-cn': 'zh-CN' };
const versions = { scorm12: '1.2', scorm2004: '2004' };
/** Built files that have no place in a package. */
const LEFT_OUT = new Set(['sw.js', 'manifest.webmanifest', 'index.html', '404.html']);
/** Pagefind's stock UIs: the site uses only its JS API (pagefind.js, its worker, wasm and index). */
const UNUSED = /^pagefind\/pagefind-(?:component-ui|modular-ui|ui|highlight)\./;
/**
 * Pagefind's own scripts find their folder from import.meta.url; `"/pagefind/"` there is only
 * the fallback for when that is unknown, which never happens in a browser.
 */
const VENDOR = /^pagefind\//;

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(dist, path).split(sep).join('/'));
  }
};
walk(dist);
if (!files.includes('en/lms/index.html')) throw new Error('dist/ has no en/lms/index.html: run `npm run build` first');
const packaged = files.filter((file) => !LEFT_OUT.has(file) && !UNUSED.test(file));
const topLevel = [...new Set(packaged.map((file) => file.split('/')[0]))];
const rootAbsolute = new RegExp(
  `(["'(=\`]|&quot;)/(?:${[...topLevel, ...LEFT_OUT].map((t) => t.replace(/[.]/g, '\\.')).join('|')})(?=[/"'\`&#?)]|$)`,
  'g',
);

const isRootAbsolute = (text) => new RegExp(rootAbsolute.source).test(text);
const siteUrl = (value) => (value.startsWith(`${SITE}/`) ? value.slice(SITE.length) : value);
const linkable = (value) => value.startsWith('/') && !value.startsWith('//');

function packageHtml(file, html, mark) {
  const root = rootFor(file);
  const rel = (value) => (linkable(value) ? toPackageHref(value, root) : value);
  return (
    html
      .replace(/<html /, `<html data-lms="${mark}" data-lms-root="${root}" `)
      .replace(/<link rel="manifest"[^>]*>/g, '')
      .replace(
        /(\s(?:href|src|component-url|renderer-url|before-hydration-url|action|poster)=")([^"]*)"/g,
        (_, attr, value) => `${attr}${rel(siteUrl(value))}"`,
      )
      // Island props are JSON in an attribute: paths given to a component (stage links, glossary terms).
      .replace(/&quot;(\/[^&"]*)&quot;/g, (whole, value) =>
        isRootAbsolute(`&quot;${value}`) ? `&quot;${rel(value)}&quot;` : whole,
      )
      // Data for page scripts.
      .replace(
        /(<script type="application\/json"[^>]*>)([^<]*)(<\/script>)/g,
        (_, open, json, close) =>
          `${open}${json.replace(/"(\/[^"]*)"/g, (whole, value) => (isRootAbsolute(`"${value}`) ? `"${rel(value)}"` : whole))}${close}`,
      )
  );
}

function packageJs(text) {
  return (
    text
      // Vite's preload helper turns a dependency (`_astro/x.js`) into `/_astro/x.js`; here it
      // resolves it from the chunk itself, which always lives in _astro/.
      .replace(
        /function\((\w)\)\{return`\/`\+\1\}/g,
        (_, e) => `function(${e}){return new URL(\`../\`+${e},import.meta.url).href}`,
      )
      // Never reached in a package (header.ts skips registration there); kept from pointing outside it.
      .replace(/`\/sw\.js`/g, '`sw.js`')
  );
}

function transform(file, bytes, mark) {
  if (file.endsWith('.html')) return packageHtml(file, bytes.toString('utf8'), mark);
  if (file.endsWith('.js')) return packageJs(bytes.toString('utf8'));
  if (file.endsWith('.css'))
    return bytes.toString('utf8').replace(/url\((["']?)\/(?!\/)/g, (_, q) => `url(${q}${rootFor(file)}`);
  return bytes;
}

function check(file, text) {
  rootAbsolute.lastIndex = 0;
  const left = [...text.matchAll(rootAbsolute)].map((m) => text.slice(m.index, m.index + 60));
  if (left.length) throw new Error(`${file} still has root-absolute URLs:\n  ${left.slice(0, 5).join('\n  ')}`);
  if (text.includes(SITE)) throw new Error(`${file} still links to ${SITE}`);
}

const strings = Object.fromEntries(
  Object.keys(locales).map((l) => [l, JSON.parse(readFileSync(join(here, '..', 'src', 'i18n', `${l}.json`), 'utf8'))]),
);
const stamp = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const report = [];
for (const [mark, version] of Object.entries(versions)) {
  const content = {};
  for (const file of packaged) {
    const result = transform(file, readFileSync(join(dist, file)), mark);
    if (typeof result === 'string') {
      if (/\.(html|js|css)$/.test(file) && !VENDOR.test(file)) check(file, result);
      content[file] = strToU8(result);
    } else content[file] = new Uint8Array(result);
  }
  for (const [locale, lang] of Object.entries(locales)) {
    const name = `ssm-playbook-${locale}-${mark}`;
    const manifest = buildManifest({
      version,
      identifier: name,
      lang,
      title: strings[locale]['lms.title'],
      description: strings[locale]['site.description'],
      launch: `${locale}/lms/index.html`,
      files: packaged,
    });
    const entries = { 'imsmanifest.xml': [strToU8(manifest), { mtime: stamp }] };
    // Pagefind's files are compressed already: stored as they are.
    for (const [file, data] of Object.entries(content))
      entries[file] = [data, { mtime: stamp, level: /\.pf_|\.wasm/.test(file) ? 0 : 6 }];
    const zip = zipSync(entries);
    writeFileSync(join(out, `${name}.zip`), zip);
    report.push(`${name}.zip  ${(zip.length / 1024).toFixed(0)} KB, ${packaged.length + 1} files`);
  }
}
console.log(
  `LMS packages in dist-lms/ (${((performance.now() - started) / 1000).toFixed(1)} s):\n  ${report.join('\n  ')}`,
);
