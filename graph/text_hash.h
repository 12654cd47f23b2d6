// A fast hash of a text, the one the query engine gives strings (grouping, DISTINCT) and the
// graph gives node names (PropertyGraph::nameHash), so that the two can be compared.
#pragma once

#include <cstddef>
#include <string_view>

namespace kg {

size_t hashText(std::string_view text);

}  // namespace kg
