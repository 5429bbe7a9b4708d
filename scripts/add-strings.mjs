// Adds UI strings to both locale files: `node scripts/add-strings.mjs fragment.json`, where
// the fragment is { "en": { "area.key": "…" }, "zh-cn": { "area.key": "…" } }. Existing keys
// are overwritten in place, new keys appended; both locales must get the same keys.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fragment = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const en = Object.keys(fragment.en ?? {})
  .sort()
  .join();
const zh = Object.keys(fragment['zh-cn'] ?? {})
  .sort()
  .join();
if (en !== zh) throw new Error('the fragment must give the same keys for en and zh-cn');
for (const locale of ['en', 'zh-cn']) {
  const file = join(import.meta.dirname, '..', 'src', 'i18n', `${locale}.json`);
  const table = JSON.parse(readFileSync(file, 'utf8'));
  Object.assign(table, fragment[locale]);
  writeFileSync(file, `${JSON.stringify(table, null, 2)}\n`);
}
console.log(`added ${Object.keys(fragment.en).length} keys`);
