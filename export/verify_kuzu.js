// Proves the Kùzu part of export/README.md's scale-out path on real data: ingests samples/ with
// kg, exports `kg export --format csv`, loads the two files into an in-memory Kùzu database with
// the statements the READMEs show (generated here from the CSV headers; every Kùzu statement in
// export/README.md and README.md must be one of them), runs the phase-1 questions of
// samples/queries.cypher, the Q1-Q6 shapes of bench/data/queries.tsv on both kg and Kùzu and compares the rows. A second
// round adds a node and a relationship with user properties (CREATE) and checks they arrive.
//
// usage: node export/verify_kuzu.js --kg PATH/kg [--source DIR] [--work DIR] [--kuzu MODULE]
//                                   [--statements FILE]
//        node export/verify_kuzu.js --load DIR --into KUZU_DATABASE [--statements FILE]
//   --load        only load the export in DIR (kg export --format csv --out DIR) into a new Kùzu
//                 database at KUZU_DATABASE and print the statements; no kg needed
//   --source      the kg source tree (default: this script's parent directory)
//   --work        scratch directory, emptied first (default: a new one under the system tmp)
//   --kuzu        the kuzu Node module (default: SOURCE/bench/node_modules/kuzu)
//   --statements  also write the Kùzu load statements of the samples export to FILE
// Exit status: 0 every comparison equal, 1 a mismatch or failure, 77 when the kuzu module cannot
// be loaded (ctest's SKIP_RETURN_CODE).
'use strict';

const childProcess = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const kSkip = 77;

function parseArguments(argv) {
  const options = {kg: null, source: path.resolve(__dirname, '..'), work: null, kuzu: null,
                   statements: null, load: null, into: null};
  for (let i = 0; i < argv.length; ++i) {
    const flag = argv[i];
    if (!flag.startsWith('--') || !(flag.slice(2) in options) || i + 1 >= argv.length)
      throw new Error(`unknown or incomplete argument ${flag}`);
    options[flag.slice(2)] = path.resolve(argv[++i]);
  }
  if (!options.kg && !(options.load && options.into))
    throw new Error('usage: node verify_kuzu.js --kg PATH/kg [--source DIR] ... | ' +
                    '--load DIR --into KUZU_DATABASE');
  options.kuzu = options.kuzu || path.join(options.source, 'bench', 'node_modules', 'kuzu');
  return options;
}

// --- the CSV headers and the Kùzu statements they need ---------------------------------------

// Cells of one CSV record (RFC 4180, as kg writes them).
function csvCells(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; ++i) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') cell += '"', ++i;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      cells.push(cell), cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells;
}

function headerOf(file) {
  const text = fs.readFileSync(file, 'utf8');
  return csvCells(text.slice(0, text.indexOf('\n')));
}

// Words Kùzu 0.11 reserves (its grammar's keywords less the ones it allows as names).
const kReserved = new Set(
    ('ACYCLIC ANY ALL AND ASC ASCENDING CASE CAST COLUMN CREATE DBTYPE DEFAULT DESC DESCENDING ' +
     'DISTINCT ELSE END ENDS EXISTS FALSE GLOB GROUP HEADERS HINT IN INSTALL JOIN MACRO ' +
     'MULTI_JOIN NOT NONE NULL ON ONLY OPTIONAL OR ORDER PRIMARY PROFILE SHORTEST SINGLE STARTS ' +
     'TABLE THEN TRAIL TRUE UNION UNWIND WHEN WHERE WITH WSHORTEST XOR')
        .split(' '));

function name(text) {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) && !kReserved.has(text.toUpperCase())
      ? text : '`' + text.replace(/`/g, '``') + '`';
}

function quote(text) { return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`; }

// neo4j-admin header types -> Kùzu column types.
const kTypes = {'': 'STRING', string: 'STRING', int: 'INT64', long: 'INT64', short: 'INT64',
                byte: 'INT64', float: 'DOUBLE', double: 'DOUBLE', boolean: 'BOOLEAN'};

// One column of a kg CSV file: its Kùzu name, how LOAD WITH HEADERS reads it, and what the
// table stores (null for columns the table leaves out).
function columnsOf(header) {
  const used = new Set();
  return header.map((cell) => {
    const colon = cell.lastIndexOf(':');
    let base = colon < 0 ? cell : cell.slice(0, colon);
    let type = colon < 0 ? '' : cell.slice(colon + 1);
    const special = {':ID': 'id', ':LABEL': 'labels', ':TYPE': 'type', ':START_ID': 'start_id',
                     ':END_ID': 'end_id'};
    let role = 'property';
    if (type === 'ID' || type === 'LABEL' || type === 'TYPE' || type === 'START_ID' ||
        type === 'END_ID') {
      role = type;
      base = base || special[':' + type];
      type = '';
    } else if (type === 'IGNORE') {
      role = 'ignore';
      type = '';
    }
    let column = base;
    while (used.has(column.toLowerCase())) column += '_';
    used.add(column.toLowerCase());
    const array = type.endsWith('[]');
    const element = kTypes[array ? type.slice(0, -2) : type] || 'STRING';
    let stored = null;
    let value = name(column);
    if (role === 'ID' || role === 'property') {
      stored = array ? element + '[]' : element;
      if (array && element === 'STRING') value = `string_split(${name(column)}, ';')`;
      else if (array)
        value = `list_transform(string_split(${name(column)}, ';'), x -> CAST(x AS ${element}))`;
    }
    return {cell, column, role, load: array ? 'STRING' : element, stored, value};
  });
}

function loadWithHeaders(columns, file) {
  return `LOAD WITH HEADERS (${columns.map((c) => `${name(c.column)} ${c.load}`).join(', ')}) ` +
         `FROM ${quote(file)} (header = true)`;
}

// The statements that load DIR/nodes.csv and DIR/relationships.csv into Kùzu: one node table per
// (first) label, one relationship table per relation with the label pairs the data has.
function kuzuStatements(dir, labels, triples) {
  const nodesFile = path.join(dir, 'nodes.csv');
  const relationshipsFile = path.join(dir, 'relationships.csv');
  const nodeColumns = columnsOf(headerOf(nodesFile));
  const relationshipColumns = columnsOf(headerOf(relationshipsFile));
  const find = (columns, role) => columns.find((c) => c.role === role);
  const statements = [];
  const nodeStored = nodeColumns.filter((c) => c.stored);
  const id = find(nodeColumns, 'ID');
  const labelColumn = name(find(nodeColumns, 'LABEL').column);
  for (const label of labels) {
    statements.push(`CREATE NODE TABLE ${name(label)}(` + nodeStored.map((c) =>
        `${name(c.column)} ${c.stored}${c === id ? ' PRIMARY KEY' : ''}`).join(', ') + ')');
    statements.push(`COPY ${name(label)} FROM (${loadWithHeaders(nodeColumns, nodesFile)} ` +
                    `WHERE string_split(${labelColumn}, ';')[1] = ${quote(label)} ` +
                    `RETURN ${nodeStored.map((c) => c.value).join(', ')})`);
  }
  const stored = relationshipColumns.filter((c) => c.stored);
  const [startLabel, endLabel] =
      relationshipColumns.filter((c) => c.role === 'ignore').map((c) => name(c.column));
  const byType = new Map();
  for (const [type, from, to] of triples) {
    if (!byType.has(type)) byType.set(type, []);
    byType.get(type).push([from, to]);
  }
  for (const [type, pairs] of byType) {
    statements.push(`CREATE REL TABLE ${name(type)}(` +
                    pairs.map(([from, to]) => `FROM ${name(from)} TO ${name(to)}`).join(', ') +
                    ', ' + stored.map((c) => `${name(c.column)} ${c.stored}`).join(', ') + ')');
    for (const [from, to] of pairs)
      statements.push(
          `COPY ${name(type)} FROM (${loadWithHeaders(relationshipColumns, relationshipsFile)} ` +
          `WHERE ${name(find(relationshipColumns, 'TYPE').column)} = ${quote(type)} ` +
          `AND ${startLabel} = ${quote(from)} AND ${endLabel} = ${quote(to)} ` +
          `RETURN ${name(find(relationshipColumns, 'START_ID').column)}, ` +
          `${name(find(relationshipColumns, 'END_ID').column)}, ` +
          `${stored.map((c) => c.value).join(', ')}) (from = ${quote(from)}, to = ${quote(to)})`);
  }
  return statements;
}

// The queries that list the labels and the (relation, start label, end label) triples.
function discoveryStatements(dir) {
  return {
    labels: `LOAD FROM ${quote(path.join(dir, 'nodes.csv'))} (header = true) ` +
            "RETURN DISTINCT string_split(`:LABEL`, ';')[1] AS label",
    triples: `LOAD FROM ${quote(path.join(dir, 'relationships.csv'))} (header = true) ` +
             'RETURN DISTINCT `:TYPE`, `start_label:IGNORE`, `end_label:IGNORE`',
  };
}

async function rows(connection, text, parameters) {
  let result;
  if (parameters) {
    const prepared = await connection.prepare(text);
    result = await connection.execute(prepared, parameters);
  } else {
    result = await connection.query(text);
  }
  const columns = await result.getColumnNames();
  const all = await result.getAll();
  result.close();
  return all.map((row) => columns.map((column) => row[column]));
}

// Loads the export in DIR into a new Kùzu database (in memory, or at `into`); returns the
// database, its connection, the statements run, the labels and the label triples.
async function loadKuzu(kuzu, dir, into) {
  const database = new kuzu.Database(into || ':memory:');
  const connection = new kuzu.Connection(database);
  const discovery = discoveryStatements(dir);
  const labels = (await rows(connection, discovery.labels)).map((row) => row[0]).sort();
  const triples = (await rows(connection, discovery.triples))
                      .sort((a, b) => (a.join('\t') < b.join('\t') ? -1 : 1));
  // Kùzu keeps every node in the table of one label: a node without one has no place.
  if (labels.some((label) => !label) || triples.some(([, from, to]) => !from || !to))
    throw new Error('the export has a node without a label; Kùzu cannot load it');
  const statements = kuzuStatements(dir, labels, triples);
  for (const statement of statements) {
    try {
      await rows(connection, statement);
    } catch (error) {
      throw new Error(`Kùzu refused: ${statement}\n  ${error.message}`);
    }
  }
  return {database, connection,
          statements: [discovery.labels, discovery.triples, ...statements], labels, triples};
}

// --- kg --------------------------------------------------------------------------------------

function runKg(options, args) {
  const run = childProcess.spawnSync(options.kg, args, {encoding: 'utf8', maxBuffer: 1 << 28});
  if (run.status !== 0)
    throw new Error(`kg ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

// Rows of a kg query (every status, as another engine sees them).
function kgRows(options, database, text, parameters) {
  const args = ['query', '--db', database, '--format', 'json', '--all-statuses'];
  for (const [key, value] of Object.entries(parameters || {}))
    args.push('--param', `${key}=${JSON.stringify(value)}`);
  const objects = JSON.parse(runKg(options, [...args, text]));
  return objects.map((object) => Object.values(object));
}

// --- comparison ------------------------------------------------------------------------------

// One engine-neutral form of a value: relationships as {type, status, mentions, confidence,
// evidence (first sentence)}, nodes as {label, name}, lists from collect() sorted, fractions to
// the 7 digits a float (kg's confidence) holds.
function canonical(value, sortLists) {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item, sortLists));
    return sortLists ? items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
                     : items;
  }
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' && !Number.isInteger(value)) return Number(value.toPrecision(7));
  if (value && typeof value === 'object') {
    if ('_label' in value && '_src' in value)  // a Kùzu relationship
      return {type: value._label, status: value.status, mentions: canonical(value.mentions),
              confidence: canonical(value.confidence), evidence: value.evidence};
    if ('source' in value && 'properties' in value) {  // a kg relationship
      const p = value.properties;
      return {type: value.type, status: p.status, mentions: p.mentions,
              confidence: canonical(p.confidence),
              evidence: p.evidence && p.evidence.length ? p.evidence[0].sentence : null};
    }
    if ('_label' in value) return {label: value._label, name: value.name};  // a Kùzu node
    if ('labels' in value && 'properties' in value)  // a kg node
      return {label: value.labels[0], name: value.properties.name};
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = canonical(value[key], sortLists);
    return out;
  }
  return value;
}

function sameRows(kgResult, kuzuResult, ordered) {
  const text = (rowsOf) => rowsOf.map((row) => JSON.stringify(canonical(row, true)));
  const a = text(kgResult), b = text(kuzuResult);
  if (!ordered) a.sort(), b.sort();
  return a.length === b.length && a.every((row, i) => row === b[i]);
}

// --- the questions ---------------------------------------------------------------------------

// The Kùzu spelling of a kg query, where its Cypher differs (each rewrite is listed in
// export/README.md).
function kuzuDialect(text) {
  return text.replace(/\btype\((\w+)\)/g, 'label($1)')          // relationship type
      .replace(/\blabels\((\w+)\)/g, '[label($1)]');            // one table, one label
}

// The Cypher statements of samples/queries.cypher with their .param values.
function phaseOneQueries(file) {
  const queries = [];
  let parameters = {};
  let statement = '';
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('//') || (!statement && !trimmed)) continue;
    if (trimmed.startsWith('.')) {
      const match = /^\.param\s+(\w+)\s+'(.*)'$/.exec(trimmed);
      if (match) parameters = {...parameters, [match[1]]: match[2]};
      continue;
    }
    statement += (statement ? '\n' : '') + line;
    if (trimmed.endsWith(';')) {
      const text = statement.trim().slice(0, -1);
      const used = {};
      for (const key of Object.keys(parameters))
        if (text.includes('$' + key)) used[key] = parameters[key];
      queries.push({text, parameters: Object.keys(used).length ? used : null});
      statement = '';
    }
  }
  return queries;
}

function first(options, database, text) {
  const result = kgRows(options, database, text);
  return result.length ? result[0][0] : null;
}

// Q1-Q6 of bench/data/queries.tsv with names from the samples graph.
function benchQueries(options, database) {
  const names = {
    TARGET: first(options, database, 'MATCH ()-[:sanctioned]->(b) RETURN b.name AS n, ' +
                  'count(*) AS c ORDER BY c DESC, n LIMIT 1'),
    ACCUSER: first(options, database, 'MATCH (a)-[:accused]->(b) OPTIONAL MATCH ' +
                   '(b)-[t:targeted]->() RETURN a.name AS n, count(t) AS c ORDER BY c DESC, n ' +
                   'LIMIT 1'),
    HUB: first(options, database, 'MATCH (a)-[r]->() RETURN a.name AS n, count(r) AS c ' +
               'ORDER BY c DESC, n LIMIT 1'),
  };
  const pair = kgRows(options, database,
      'MATCH (a:Person)-[*2..4]-(b:Person) WHERE a.name < b.name ' +
      'RETURN DISTINCT a.name, b.name ORDER BY a.name, b.name LIMIT 1');
  if (pair.length) [names.FROM, names.TO] = pair[0];
  const lines = fs.readFileSync(path.join(options.source, 'bench', 'data', 'queries.tsv'), 'utf8')
                    .split('\n').filter((line) => line && !line.startsWith('#'));
  const byId = new Map();
  for (const line of lines) {
    const [id, dialect, text] = line.split('\t');
    if (!byId.has(id)) byId.set(id, {});
    byId.get(id)[dialect] = text;
  }
  const fill = (text) => text.replace(/\$\{(\w+)\}/g, (_, key) => {
    if (names[key] == null) throw new Error(`no name for \${${key}} in the samples graph`);
    return names[key].replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  });
  const queries = [];
  for (const [id, dialects] of byId) {
    if (!dialects.cypher) continue;
    let kg = fill(dialects.cypher);
    const kuzu = fill(dialects.kuzu || dialects.cypher);
    // The CSV keeps an edge's first evidence sentence as text; kg's evidence is a list of maps.
    kg = kg.replace(/\br\.evidence\b/g, 'r.evidence[0].sentence');
    const original = fill(dialects.cypher);
    queries.push({id, kg, kuzu: kuzuDialect(kuzu), original});
    if (id === 'Q6')  // the samples may have no `charged` edge: the same shape on `sanctioned`
      queries.push({id: 'Q6/sanctioned', kg: kg.replace(':charged', ':sanctioned'),
                    kuzu: kuzuDialect(kuzu).replace(':charged', ':sanctioned'),
                    original: original.replace(':charged', ':sanctioned')});
  }
  return queries;
}

// --- the README ------------------------------------------------------------------------------

// A statement's shape: whitespace collapsed, file paths reduced to their names, node labels and
// relation types replaced by <L> and <R> (they depend on the data), repeated FROM..TO pairs
// folded into one.
function shape(statement, labels, types) {
  let text = statement.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim()
                 .replace(/;$/, '').replace(/'[^']*\/(nodes|relationships)\.csv'/g, "'$1.csv'");
  const escape = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const replace = (words, mark) => {
    for (const word of [...words].sort((a, b) => b.length - a.length))
      text = text.replace(new RegExp(`(\`${escape(word)}\`|\\b${escape(word)}\\b)`, 'g'), mark);
  };
  replace(types, '<R>');
  replace(labels, '<L>');
  return text.replace(/(FROM <L> TO <L>, )+/g, 'FROM <L> TO <L>, ');
}

// The statements of the ```cypher block after `marker` in a README.
function readmeStatements(file, marker) {
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf(marker);
  const open = text.indexOf('```cypher', start);
  const close = text.indexOf('```', open + 3);
  if (start < 0 || open < 0 || close < 0) throw new Error(`${file}: no Kùzu statements`);
  const body = text.slice(open + 9, close).split('\n')
                   .filter((line) => !line.trim().startsWith('//')).join('\n');
  return body.split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter(Boolean);  // ';' ends a line
}

// --- main ------------------------------------------------------------------------------------

async function main() {
  const options = parseArguments(process.argv.slice(2));
  let kuzu;
  try {
    kuzu = require(options.kuzu);
  } catch (error) {
    console.log(`SKIPPED: the kuzu Node module is not loadable from ${options.kuzu} ` +
                `(${String(error.message).split('\n')[0]}); run \`npm ci\` in bench/`);
    return kSkip;
  }
  if (options.load) {
    if (fs.existsSync(options.into)) throw new Error(`${options.into} exists already`);
    const loaded = await loadKuzu(kuzu, options.load, options.into);
    const text = loaded.statements.map((s) => s + ';\n').join('');
    if (options.statements) fs.writeFileSync(options.statements, text);
    else process.stdout.write(text);
    loaded.connection.closeSync();
    loaded.database.closeSync();
    return 0;
  }
  const work = options.work || fs.mkdtempSync(path.join(os.tmpdir(), 'kg-verify-kuzu-'));
  fs.rmSync(work, {recursive: true, force: true});
  fs.mkdirSync(work, {recursive: true});
  const database = path.join(work, 'kg.db');
  runKg(options, ['ingest', '--db', database, path.join(options.source, 'samples')]);
  const importDir = path.join(work, 'import');
  runKg(options, ['export', '--db', database, '--format', 'csv', '--out', importDir]);

  let failures = 0;
  const report = (name, kgResult, kuzuResult, equal, note) => {
    if (!equal) ++failures;
    const value = kgResult.length === 1 && kgResult[0].length === 1
        ? ` (${JSON.stringify(canonical(kgResult[0][0]))})` : '';
    console.log(`${equal ? 'same' : 'DIFFERENT'}\t${name}\tkg ${kgResult.length} rows${value}\t` +
                `kuzu ${kuzuResult.length} rows${note ? '\t' + note : ''}`);
    if (!equal) {
      console.log(`  kg:   ${JSON.stringify(kgResult.map((row) => canonical(row, true)))}`);
      console.log(`  kuzu: ${JSON.stringify(kuzuResult.map((row) => canonical(row, true)))}`);
    }
  };

  const loaded = await loadKuzu(kuzu, importDir);
  if (options.statements)
    fs.writeFileSync(options.statements, loaded.statements.map((s) => s + ';\n').join(''));
  console.log(`loaded ${importDir} into Kùzu with ${loaded.statements.length} statements ` +
              `(${loaded.labels.length} node tables, ${loaded.triples.length} label pairs)`);

  // Every Kùzu statement the README shows is one that just ran (up to labels and relations).
  const labels = new Set([...loaded.labels, 'Person', 'Country', 'Organization', 'Group']);
  const types = new Set([...loaded.triples.map((t) => t[0]), 'accused', 'sanctioned',
                         'condemned', 'targeted', 'charged', 'denied', 'member_of',
                         'affiliated_with', 'summoned']);
  const ran = new Set(loaded.statements.map((s) => shape(s, labels, types)));
  for (const [file, marker] of [['export/README.md', '**Kùzu**'],
                                 ['README.md', 'Kùzu needs a typed table']]) {
    for (const statement of readmeStatements(path.join(options.source, file), marker)) {
      const known = ran.has(shape(statement, labels, types));
      if (!known) ++failures;
      console.log(`${known ? 'ran' : 'NOT RUN'}\t${file}: ${statement.replace(/\s+/g, ' ')}`);
    }
  }

  // Counts of what was loaded.
  const count = async (text) => (await rows(loaded.connection, text))[0][0];
  const kgNodes = kgRows(options, database, 'MATCH (n) RETURN count(n)')[0][0];
  const kuzuNodes = Number(await count('MATCH (n) RETURN count(n)'));
  report('node count', [[kgNodes]], [[kuzuNodes]], kgNodes === kuzuNodes);
  const kgEdges = kgRows(options, database, 'MATCH ()-[r]->() RETURN count(r)')[0][0];
  const kuzuEdges = Number(await count('MATCH ()-[r]->() RETURN count(r)'));
  report('edge count', [[kgEdges]], [[kuzuEdges]], kgEdges === kuzuEdges);

  const compare = async (name, kgText, kuzuText, parameters, original) => {
    const ordered = false;  // ties under ORDER BY may come in any order; rows compare as sets
    let kgResult, kuzuResult;
    try {
      kgResult = kgRows(options, database, kgText, parameters);
    } catch (error) {
      ++failures;
      console.log(`FAILED\t${name}\tkg: ${error.message.split('\n')[0]}`);
      return;
    }
    try {
      kuzuResult = await rows(loaded.connection, kuzuText, parameters);
    } catch (error) {
      // Kùzu has no table for a relation or label the data lacks and refuses the query; kg
      // answers it with no rows.
      const missing = /Table (\S+) does not exist/.exec(error.message);
      if (missing && kgResult.length === 0 && !loaded.triples.some((t) => t[0] === missing[1])) {
        report(name, kgResult, [], true, `kuzu: no table ${missing[1]}, the data has none`);
        return;
      }
      ++failures;
      console.log(`FAILED\t${name}\tkuzu: ${error.message.split('\n')[0]}\n  ${kuzuText}`);
      return;
    }
    const same = (a, b) => a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');
    original = original || kgText;
    report(name, kgResult, kuzuResult, sameRows(kgResult, kuzuResult, ordered),
           (same(original, kgText) ? '' : `kg: ${kgText.replace(/\s+/g, ' ')}\t`) +
               (same(original, kuzuText) ? 'kuzu: unchanged'
                                         : `kuzu: ${kuzuText.replace(/\s+/g, ' ')}`));
  };

  const phaseOne = phaseOneQueries(path.join(options.source, 'samples', 'queries.cypher'));
  for (const [i, query] of phaseOne.entries())
    await compare(`queries.cypher #${i + 1}`, query.text, kuzuDialect(query.text),
                  query.parameters);
  // The README's advice for kg's default (asserted statements only).
  const asserted = 'MATCH ()-[r]->() WHERE r.status = \'asserted\' ' +
                   'RETURN label(r) AS relation, count(*) AS edges';
  const kgDefault = JSON.parse(runKg(options, ['query', '--db', database, '--format', 'json',
      'MATCH ()-[r]->() RETURN type(r) AS relation, count(*) AS edges'])).map(Object.values);
  const kuzuAsserted = await rows(loaded.connection, asserted);
  report('asserted only', kgDefault, kuzuAsserted, sameRows(kgDefault, kuzuAsserted, false),
         `kuzu: ${asserted}`);

  // kg finds an actor by any alias; Kùzu compares name only: the README's spelling for aliases.
  const alias = first(options, database, 'MATCH (a) WHERE size(a.aliases) > 0 ' +
                      'RETURN a.aliases[0] AS alias ORDER BY alias LIMIT 1');
  if (alias) {
    const literal = quote(alias);
    await compare('alias lookup', `MATCH (a {name: ${literal}}) RETURN a.name`,
                  `MATCH (a) WHERE a.name = ${literal} OR list_contains(a.aliases, ${literal}) ` +
                      'RETURN a.name');
  }

  for (const query of benchQueries(options, database))
    await compare(`bench ${query.id}`, query.kg, query.kuzu, null, query.original);

  // Round 2: properties users add reach Kùzu typed.
  runKg(options, ['query', '--db', database,
      "CREATE (:Person {name: 'Kuzu Check Analyst', born: 1970, score: 0.25, " +
      "tags: ['osint', 'cyber'], years: [2019, 2024]})-[:works_for {since: 2022, note: 'part-time, \"remote\"'}]->" +
      "(:Organization {name: 'Kuzu Check Institute', founded: 1999})"]);
  // A two-node cycle: kg's variable-length paths never repeat a relationship (trail), Kùzu's
  // may unless asked for TRAIL.
  runKg(options, ['query', '--db', database,
      "CREATE (a:Person {name: 'Kuzu Loop A'})-[:knows]->(b:Person {name: 'Kuzu Loop B'}), " +
      '(b)-[:knows]->(a)']);
  const importDir2 = path.join(work, 'import-user-properties');
  runKg(options, ['export', '--db', database, '--format', 'csv', '--out', importDir2]);
  const loaded2 = await loadKuzu(kuzu, importDir2);
  const userQuery = 'MATCH (p:Person)-[w:works_for]->(o:Organization) ' +
                    'RETURN p.name, p.born, p.score, p.tags, p.years, w.since, w.note, o.name, ' +
                    'o.founded';
  const kgUser = kgRows(options, database, userQuery);
  const kuzuUser = await rows(loaded2.connection, userQuery);
  report('user properties', kgUser, kuzuUser,
         kgUser.length === 1 && sameRows(kgUser, kuzuUser, true), 'kuzu: unchanged');
  const kgAll = kgRows(options, database, 'MATCH ()-[r]->() RETURN type(r), count(*)');
  const kuzuAll = await rows(loaded2.connection, 'MATCH ()-[r]->() RETURN label(r), count(*)');
  report('relation counts after CREATE', kgAll, kuzuAll, sameRows(kgAll, kuzuAll, false));

  const loop = "MATCH (a:Person {name: 'Kuzu Loop A'})-[*1..4]->(b) RETURN count(*) AS paths";
  const kgLoop = kgRows(options, database, loop);
  const kuzuLoop = await rows(loaded2.connection, loop.replace('[*1..4]', '[* TRAIL 1..4]'));
  const kuzuWalks = await rows(loaded2.connection, loop);
  report('paths on a cycle', kgLoop, kuzuLoop, sameRows(kgLoop, kuzuLoop, true),
         `kuzu: -[* TRAIL 1..4]-> (${kgLoop[0]} paths; ` +
             `Kùzu's default walks give ${kuzuWalks[0]})`);

  if (!options.work) fs.rmSync(work, {recursive: true, force: true});
  console.log(failures ? `${failures} difference(s)` : 'kg and Kùzu agree');
  return failures ? 1 : 0;
}

main().then((status) => process.exit(status), (error) => {
  console.error(`verify_kuzu: ${error.message || error}`);
  process.exit(1);
});
