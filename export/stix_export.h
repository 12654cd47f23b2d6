// STIX 2.1 bundle for threat-intel platforms (OpenCTI, MISP): actors become identities,
// locations, intrusion sets or threat actors, edges become relationships whose external
// references are the reporting articles and sentences. Ids are UUIDv5 of the kg node and edge
// ids, so exporting the same graph twice gives the same bundle.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "export/subgraph.h"
#include "graph/property_graph.h"

namespace kg {

struct StixOptions {
  // created/modified of every object ("2026-01-31T09:00:00.000Z"); the CLI uses the time of
  // the latest ingest so the bundle is stable while the database is.
  std::string timestamp = "1970-01-01T00:00:00.000Z";
  // ISO 3166-1 country names and codes (Debian package iso-codes). A country found there is
  // a `location` with its two-letter code; otherwise (or when the file is missing) an
  // `identity` of its government.
  std::string country_codes_path = "/usr/share/iso-codes/json/iso_3166-1.json";
};

// The mapping:
//   country -> location (country code known) or identity (organization, government-national)
//   organization -> identity (organization); group -> intrusion-set
//   person -> threat-actor when accused, sanctioned, charged or condemned, or when they
//             targeted someone or belong to a group; else identity (individual)
//   targeted -> targets; member_of, affiliated_with -> attributed-to (asserted edges only);
//   every other relation or status -> "x-kg-<relation>" with x_kg_status
void writeStix(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out,
               const StixOptions& options = {});

// "2026-01-31T09:00:00Z" or "2026-01-31 09:00:00" -> "2026-01-31T09:00:00.000Z".
std::string stixTimestamp(std::string_view iso8601);

}  // namespace kg
