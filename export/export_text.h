// Text and number formatting shared by the exporters: scraped news text may hold invalid UTF-8
// and control characters that XML 1.0 forbids, and numbers must survive a round trip exactly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/property_graph.h"

namespace kg {

// The text as valid UTF-8: every byte that does not start a well-formed sequence (overlong
// forms, surrogates and code points above U+10FFFF included) becomes U+FFFD.
std::string validUtf8(std::string_view text);

// Valid UTF-8 without the characters XML 1.0 forbids (C0 controls other than tab, newline and
// carriage return; U+FFFE and U+FFFF). Safe for XML, DOT labels, CSV cells and STIX strings.
std::string xmlSafeText(std::string_view text);

// The shortest decimal text that reads back as exactly this number ("0.8", "1e+300", "3").
std::string formatDouble(double number);
// A float (edge confidence) as the shortest text that reads back as the same float: 0.8f is
// "0.8", not "0.800000011920929".
std::string formatFloat(float number);

// A node's display name, type (lower case), aliases and labels as the exporters show them.
std::string nodeName(const PropertyGraph& graph, uint32_t node);
std::string nodeType(const PropertyGraph& graph, uint32_t node);
std::vector<std::string> nodeAliases(const PropertyGraph& graph, uint32_t node);

// Joins with a separator.
std::string joinText(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace kg
