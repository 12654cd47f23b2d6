// A fast hash of a text, the one the query engine gives strings (grouping, DISTINCT) and the
// graph gives node names (PropertyGraph::nameHash), so that the two can be compared.
#pragma once

#include <cstddef>
#include <string_view>

namespace kg {

// Never 0, so that 0 can stand for "no text".
size_t hashText(std::string_view text);

}  // namespace kg
