// The questions an analyst asks first, as a kg shell script. `make demo` runs it when standard
// input is not a terminal:   kg shell --db kg.db < samples/queries.cypher
// Lines starting with '.' are shell commands; each Cypher statement ends with ';'.
.echo on

// What is in the graph: node labels, relationship types and who-does-what-to-whom patterns.
.schema

// How many edges of each relation did the ingest find?
MATCH ()-[r]->()
RETURN type(r) AS relation, count(*) AS edges
ORDER BY edges DESC, relation;

// Who sanctioned whom?
MATCH (a)-[:sanctioned]->(b)
RETURN a.name AS sanctioner, b.name AS sanctioned, labels(b) AS kind
ORDER BY sanctioner, sanctioned;

// Who accused China? Any alias finds it: 'Beijing' or 'PRC' work as well.
MATCH (a)-[r:accused]->(:Country {name: 'China'})
RETURN a.name AS accuser, r.mentions AS mentions
ORDER BY mentions DESC, accuser;

// What was targeted, and by whom?
MATCH (a)-[:targeted]->(b)
RETURN b.name AS target, collect(a.name) AS attackers
ORDER BY target;

// The evidence for one edge: return the relationship itself, then ask .why for its sentences.
MATCH (a)-[r:sanctioned]->(b)
RETURN a.name AS source, r, b.name AS target
ORDER BY target
LIMIT 1;
.why

// Everything done to one actor; $who is a parameter, set with .param (or kg query --param).
.param who 'China'
MATCH (a)-[r]->({name: $who})
RETURN type(r) AS relation, a.name AS actor, r.mentions AS mentions
ORDER BY relation, actor;

// Statements the text negates, demands or threatens are hidden by default; show them.
.statuses all
MATCH (a)-[r]->(b)
WHERE r.status <> 'asserted'
RETURN a.name AS source, type(r) AS relation, r.status AS status, b.name AS target
ORDER BY status, relation;
.statuses asserted
