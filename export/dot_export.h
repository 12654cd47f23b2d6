// Graphviz export: DOT text with edges coloured by relation (a legend lists the colours), node
// shapes by actor type, escaped labels; and pictures (SVG, PNG) rendered by Graphviz's `dot`.
#pragma once

#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "export/subgraph.h"
#include "graph/property_graph.h"

namespace kg {

void writeDot(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out);

// The colour an edge of this relation gets (a Graphviz colour name); unknown relations get a
// stable colour from a palette.
std::string relationColour(std::string_view relation);

// Graphviz's `dot` program is not installed (what() says how to install it).
class GraphvizMissing : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Renders DOT text to `format` ("svg", "png", ...) with `dot_program` (looked up in PATH) and
// writes the picture to `out`. The DOT text goes through a temporary file, never through a shell.
// Throws GraphvizMissing when the program cannot be found, std::runtime_error when it fails
// (with its error output).
void renderWithGraphviz(std::string_view dot_text, std::string_view format, std::ostream& out,
                        const std::string& dot_program = "dot");

}  // namespace kg
