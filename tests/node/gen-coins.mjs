// Generates app/core/model/coins.json, the coin catalogue embedded in the app, from the pinned
// @bitgo/statics in this folder's package.json (protocol doc §7: decimals come from statics, and testnet
// and mainnet can differ, so every coin is listed as statics has it, never derived).
//
//   node gen-coins.mjs              write the catalogue to stdout
//   node gen-coins.mjs --out FILE   write it to FILE
//   node gen-coins.mjs --check FILE exit 1 when FILE differs from what the pinned statics gives (CTest
//                                   coin_catalogue_up_to_date)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import statics from '@bitgo/statics';

const require = createRequire(import.meta.url);
const version = require('@bitgo/statics/package.json').version;

// A cheap token standard from the statics class name; empty when the class says nothing useful.
function tokenStandard(coin) {
  if (!coin.isToken) return '';
  const cls = coin.constructor.name;
  for (const std of ['1155', '7984', '721', '20']) {
    if (new RegExp(`erc${std}`, 'i').test(cls)) return `erc${std}`;
  }
  return '';
}

const rows = [];
statics.coins.forEach((coin) => {
  rows.push([
    coin.name,
    coin.fullName,
    coin.decimalPlaces,
    coin.family,
    coin.network.type === 'mainnet' ? 'main' : 'test',
    coin.isToken ? 1 : 0,
    tokenStandard(coin),
  ]);
});
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

// Compact, but one coin per line so that a regenerated catalogue diffs readably in review.
const text =
  `{"source":"@bitgo/statics ${version}",` +
  `"fields":["name","fullName","decimals","family","network","isToken","tokenStandard"],"coins":[\n` +
  rows.map((r) => JSON.stringify(r)).join(',\n') +
  '\n]}\n';

const args = process.argv.slice(2);
if (args[0] === '--out' && args[1]) {
  writeFileSync(args[1], text);
} else if (args[0] === '--check' && args[1]) {
  const current = readFileSync(args[1], 'utf8');
  if (current !== text) {
    console.error(`${args[1]} is out of date with @bitgo/statics ${version}: run node tests/node/gen-coins.mjs --out ${args[1]}`);
    process.exit(1);
  }
  console.log(`${args[1]} matches @bitgo/statics ${version} (${rows.length} coins)`);
} else if (args.length === 0) {
  process.stdout.write(text);
} else {
  console.error('usage: node gen-coins.mjs [--out FILE | --check FILE]');
  process.exit(2);
}
