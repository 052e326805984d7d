// Regenerates app/sandbox/coins.txt (one coin name per line, sorted) from BitGo's own coin catalogue,
// @bitgo/statics, as pinned in tests/node/package.json. Run from the repository root:
//   node app/sandbox/tools/generate-coin-list.cjs > app/sandbox/coins.txt
// The sandbox validates spendingLimits[].coin against this list (protocol doc §4: "a coin BitGo knows").
const path = require('path');
const { createRequire } = require('module');
const req = createRequire(path.join(__dirname, '..', '..', '..', 'tests', 'node', 'package.json'));
const statics = req('@bitgo/statics');
const names = [];
statics.coins.forEach((coin) => names.push(coin.name));
process.stdout.write([...new Set(names)].sort().join('\n') + '\n');
