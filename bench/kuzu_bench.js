// The Kuzu peer of kg's benchmarks: loads DIR/kuzu/*.csv (written by kg_bench_generate) with
// COPY FROM into a fresh on-disk Kuzu database, then runs the queries of DIR/queries.tsv
// (the `kuzu` dialect line where there is one, else the `cypher` line) and times only their
// execution: conn.query(text) plus fetching every row, warm (one untimed run first).
//
// usage: node bench/kuzu_bench.js DIR [--runs N] [--budget-ms MS] [--timeout-ms MS]
//                                     [--threads N]
// Prints TSV lines: kuzu <TAB> ID <TAB> median_ms <TAB> p95_ms <TAB> runs <TAB> rows <TAB> value
// (value: the answer when it is one value, the error when the query failed),
// and "kuzu <TAB> load <TAB> seconds".
'use strict';

const fs = require('fs');
const path = require('path');
const kuzu = require(path.join(__dirname, 'node_modules', 'kuzu'));

const relations = ['accused', 'targeted', 'condemned', 'denied', 'sanctioned', 'member_of',
                   'affiliated_with', 'charged', 'summoned'];

function parseArguments(argv) {
  const options = {dir: null, runs: 20, budgetMs: 20000, timeoutMs: 120000, threads: 0};
  for (let i = 0; i < argv.length; ++i) {
    const flag = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`);
      return Number(argv[++i]);
    };
    if (flag === '--runs') options.runs = value();
    else if (flag === '--budget-ms') options.budgetMs = value();
    else if (flag === '--timeout-ms') options.timeoutMs = value();
    else if (flag === '--threads') options.threads = value();
    else if (options.dir === null) options.dir = flag;
    else throw new Error(`unknown argument ${flag}`);
  }
  if (options.dir === null) throw new Error('usage: node kuzu_bench.js DIR [--runs N] ...');
  return options;
}

// ID -> text, preferring the kuzu dialect over plain cypher.
function readQueries(file) {
  const queries = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [id, dialect, text] = line.split('\t');
    if (dialect === 'kuzu' || (dialect === 'cypher' && !queries.has(id))) queries.set(id, text);
  }
  return queries;
}

function percentile(sorted, fraction) {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

// Creates the schema in an empty database and loads CSV_DIR (kg_bench_generate's kuzu/*.csv) with
// COPY FROM; bench/kuzu_algorithms.js loads its database with this too.
async function loadGraph(conn, csvDir) {
  await conn.query('CREATE NODE TABLE Actor(name STRING, type STRING, aliases STRING[], ' +
                   'PRIMARY KEY(name))');
  for (const relation of relations)
    await conn.query(`CREATE REL TABLE ${relation}(FROM Actor TO Actor, status STRING, ` +
                     'mentions INT64, confidence DOUBLE, evidence STRUCT(article STRING, ' +
                     'sentence STRING, start INT64, finish INT64)[])');
  await conn.query(`COPY Actor FROM '${csvDir}/actors.csv' (HEADER=true)`);
  for (const relation of relations)
    await conn.query(`COPY ${relation} FROM '${csvDir}/${relation}.csv' (HEADER=true)`);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const csvDir = path.resolve(options.dir, 'kuzu');
  const dbPath = path.resolve(options.dir, 'kuzu.kz');
  for (const suffix of ['', '.wal', '.shadow', '.tmp']) fs.rmSync(dbPath + suffix, {recursive: true, force: true});

  const db = new kuzu.Database(dbPath);
  const conn = options.threads > 0 ? new kuzu.Connection(db, options.threads)
                                   : new kuzu.Connection(db);
  const loadStart = process.hrtime.bigint();
  await loadGraph(conn, csvDir);
  const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
  console.log(`kuzu\tload\t${loadSeconds.toFixed(3)}`);

  conn.setQueryTimeout(options.timeoutMs);
  for (const [id, text] of readQueries(path.join(options.dir, 'queries.tsv'))) {
    const times = [];
    let rows = 0;
    let check = '';
    let failure = null;
    let spent = 0;
    for (let run = 0; run <= options.runs; ++run) {
      const start = process.hrtime.bigint();
      try {
        const result = await conn.query(text);
        const all = await result.getAll();
        rows = all.length;
        // A one-value answer (a count, a path length) is printed, so engines can be compared.
        check = rows === 1 && Object.keys(all[0]).length === 1 ? String(Object.values(all[0])[0]) : '';
        result.close();
      } catch (error) {
        failure = String(error.message || error).split('\n')[0];
        break;
      }
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      spent += ms;
      if (run > 0) times.push(ms);  // run 0 warms the caches
      if ((run >= 3 && spent > options.budgetMs) || (run >= 1 && spent > 3 * options.budgetMs)) break;
    }
    if (failure !== null || times.length === 0) {
      console.log(`kuzu\t${id}\tERROR\tERROR\t0\t0\t${failure || 'no timed run'}`);
      continue;
    }
    times.sort((a, b) => a - b);
    console.log(`kuzu\t${id}\t${percentile(times, 0.5).toFixed(3)}\t` +
                `${percentile(times, 0.95).toFixed(3)}\t${times.length}\t${rows}\t${check}`);
  }
  conn.closeSync();
  db.closeSync();
}

module.exports = {kuzu, relations, loadGraph};

if (require.main === module) {
  main().catch((error) => {
    console.error(`kuzu_bench: ${error.message || error}`);
    process.exit(1);
  });
}
