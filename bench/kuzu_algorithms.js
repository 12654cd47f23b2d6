// Kuzu's side of bench/algorithms.sh: PageRank, weakly and strongly connected components with the
// algo extension that the npm build of Kuzu 0.11.3 links statically (no INSTALL, no network).
//
// usage: node bench/kuzu_algorithms.js DIR load
//          loads DIR/kuzu/*.csv into a fresh on-disk database DIR/kuzu-algorithms.kz, as
//          bench/kuzu_bench.js loads them; prints "load <TAB> seconds".
//        node bench/kuzu_algorithms.js DIR pagerank|pagerank-converged|wcc|scc [--threads N]
//          opens that database, projects the edges a kg query sees (status asserted or none;
//          CALL PROJECT_GRAPH with a predicate per relationship table), runs the algorithm once
//          and prints "ALGORITHM <TAB> seconds <TAB> result": the seconds of the CALL (its
//          execution and fetching its one row), the result the number of components (for
//          PageRank, the name of the node with the highest score).
// pagerank runs with Kuzu's defaults: maxIterations 20 (it stops after 19 updates) and tolerance
// 1e-7 on the sum of the changes of all scores; pagerank-converged with maxIterations 1000 and
// tolerance 1e-10, at least as far as kg's default (the largest change of a score under 1e-10).
// Kuzu's PageRank drops the score of nodes without out-edges (the scores do not sum to 1) and
// counts parallel edges, so its scores differ from kg's and NetworkX's; the top node is compared.
'use strict';

const fs = require('fs');
const path = require('path');
const {kuzu, relations, loadGraph} = require('./kuzu_bench.js');

const CALLS = {
  pagerank: "CALL page_rank('G') RETURN node.name AS top ORDER BY rank DESC, top LIMIT 1",
  'pagerank-converged': "CALL page_rank('G', maxIterations := 1000, tolerance := 1e-10) " +
                        'RETURN node.name AS top ORDER BY rank DESC, top LIMIT 1',
  wcc: "CALL weakly_connected_components('G') RETURN count(DISTINCT group_id) AS components",
  scc: "CALL strongly_connected_components('G') RETURN count(DISTINCT group_id) AS components",
};

async function run(conn, text) {
  const result = await conn.query(text);
  const rows = await result.getAll();
  result.close();  // an unclosed result makes the process crash at exit (SIGSEGV)
  return rows;
}

async function main() {
  const [dir, step, ...rest] = process.argv.slice(2);
  if (!dir || !(step === 'load' || step in CALLS))
    throw new Error('usage: node kuzu_algorithms.js DIR load|pagerank|pagerank-converged|wcc|scc ' +
                    '[--threads N]');
  const threads = rest[0] === '--threads' ? Number(rest[1]) : 0;
  const dbPath = path.resolve(dir, 'kuzu-algorithms.kz');
  if (step === 'load')
    for (const suffix of ['', '.wal', '.shadow', '.tmp'])
      fs.rmSync(dbPath + suffix, {recursive: true, force: true});
  const db = new kuzu.Database(dbPath);
  const conn = threads > 0 ? new kuzu.Connection(db, threads) : new kuzu.Connection(db);
  if (step === 'load') {
    const start = process.hrtime.bigint();
    await loadGraph(conn, path.resolve(dir, 'kuzu'));
    console.log(`load\t${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(3)}`);
  } else {
    const asserted = "r.status = 'asserted' OR r.status IS NULL";
    const predicates = relations.map((relation) => `${relation}: "${asserted}"`).join(', ');
    await run(conn, `CALL PROJECT_GRAPH('G', ['Actor'], {${predicates}})`);
    const start = process.hrtime.bigint();
    const rows = await run(conn, CALLS[step]);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(`${step}\t${seconds.toFixed(3)}\t${Object.values(rows[0])[0]}`);
  }
  conn.closeSync();
  db.closeSync();
}

main().catch((error) => {
  console.error(`kuzu_algorithms: ${error.message || error}`);
  process.exit(1);
});
