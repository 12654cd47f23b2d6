#include "export/dot_export.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "export/export_text.h"

extern char** environ;

namespace kg {
namespace {

// A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n, text XML-safe
// (the SVG that dot writes from it must stay valid XML).
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : xmlSafeText(text)) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out + "\"";
}

// Text for a Graphviz HTML-like label.
std::string htmlEscaped(std::string_view text) {
  std::string out;
  for (char c : xmlSafeText(text)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

struct TypeStyle {
  const char* shape;
  const char* fill;
};

TypeStyle typeStyle(const std::string& type) {
  if (type == "person") return {"ellipse", "#fff2cc"};
  if (type == "country") return {"box", "#dae8fc"};
  if (type == "organization") return {"component", "#d5e8d4"};
  if (type == "group") return {"hexagon", "#f8cecc"};
  return {"ellipse", "#eeeeee"};
}

// A temporary file removed when it goes out of scope.
class TemporaryFile {
 public:
  explicit TemporaryFile(const char* suffix_hint) {
    const char* directory = std::getenv("TMPDIR");
    std::string pattern = std::string(directory && *directory ? directory : "/tmp") + "/kg-" +
                          suffix_hint + "-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    int descriptor = mkstemp(name.data());
    if (descriptor < 0)
      throw std::runtime_error(pattern +
                               ": cannot create a temporary file: " + std::strerror(errno));
    ::close(descriptor);
    path_ = name.data();
  }
  ~TemporaryFile() { std::remove(path_.c_str()); }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string readWhole(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

}  // namespace

std::string relationColour(std::string_view relation) {
  static const std::map<std::string, std::string, std::less<>> kColours = {
      {"accused", "red3"},         {"sanctioned", "darkorange2"},     {"condemned", "purple3"},
      {"targeted", "deeppink3"},   {"charged", "saddlebrown"},        {"denied", "gray45"},
      {"member_of", "royalblue3"}, {"affiliated_with", "steelblue3"}, {"summoned", "darkgreen"}};
  if (auto it = kColours.find(relation); it != kColours.end()) return it->second;
  static const std::array<const char*, 6> kPalette = {"teal",       "olivedrab", "darkcyan",
                                                      "goldenrod3", "slateblue", "sienna"};
  uint32_t hash = 2166136261u;
  for (unsigned char c : relation) hash = (hash ^ c) * 16777619u;
  return kPalette[hash % kPalette.size()];
}

void writeDot(const PropertyGraph& graph, const Subgraph& subgraph, std::ostream& out) {
  out << "digraph kg {\n"
         "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false, splines=true];\n"
         "  node [style=filled, fontname=\"Helvetica\", fontsize=11];\n"
         "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  for (uint32_t node : subgraph.nodes()) {
    std::string type = nodeType(graph, node);
    TypeStyle style = typeStyle(type);
    std::vector<std::string> aliases = nodeAliases(graph, node);
    std::string tooltip = type + (aliases.empty() ? "" : "; also: " + joinText(aliases, ", "));
    out << "  " << quoted(nodeId(graph, node)) << " [label=" << quoted(nodeName(graph, node))
        << ", shape=" << style.shape << ", fillcolor=\"" << style.fill
        << "\", tooltip=" << quoted(tooltip) << "];\n";
  }
  std::set<std::string> relations;
  for (uint32_t index : subgraph.edges()) {
    const PropertyGraph::Edge& edge = graph.edge(index);
    const std::string& relation = graph.edgeType(index);
    relations.insert(relation);
    bool asserted = !edge.news || edge.status == EdgeStatus::Asserted;
    std::string label = relation;
    if (!asserted) label += " (" + std::string(edgeStatusName(edge.status)) + ")";
    uint32_t mentions = edge.news ? edge.mentions : 0;
    if (mentions > 1) label += " x" + std::to_string(mentions);
    std::string colour = relationColour(relation);
    out << "  " << quoted(nodeId(graph, edge.source)) << " -> "
        << quoted(nodeId(graph, edge.target)) << " [id=" << quoted(edgeId(graph, index))
        << ", label=" << quoted(label) << ", color=\"" << colour << "\", fontcolor=\"" << colour
        << "\", penwidth=" << formatDouble(1.0 + std::log2(1.0 + mentions));
    if (!asserted) out << ", style=dashed";
    if (mentions > 0)
      out << ", tooltip="
          << quoted(std::string(graph.evidence(index, 0).sentence) + " [" +
                    std::string(graph.evidence(index, 0).article) + "]");
    out << "];\n";
  }
  if (!relations.empty()) {
    out << "  legend [shape=plaintext, style=\"\", label=<<table border=\"0\" "
           "cellborder=\"0\" cellspacing=\"2\"><tr><td align=\"left\"><b>relations</b></td></tr>";
    for (const std::string& relation : relations)
      out << "<tr><td align=\"left\"><font color=\"" << relationColour(relation) << "\">"
          << htmlEscaped(relation) << "</font></td></tr>";
    out << "</table>>];\n";
  }
  out << "}\n";
}

void renderWithGraphviz(std::string_view dot_text, std::string_view format, std::ostream& out,
                        const std::string& dot_program) {
  TemporaryFile input("dot"), output("picture"), errors("errors");
  {
    std::ofstream file(input.path(), std::ios::binary);
    file.write(dot_text.data(), static_cast<std::streamsize>(dot_text.size()));
    if (!file.flush()) throw std::runtime_error(input.path() + ": cannot write");
  }
  std::string format_flag = "-T" + std::string(format);
  std::string output_flag = "-o" + output.path();
  std::vector<char*> argv = {const_cast<char*>(dot_program.c_str()), format_flag.data(),
                             output_flag.data(), const_cast<char*>(input.path().c_str()), nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errors.path().c_str(),
                                   O_WRONLY | O_TRUNC, 0);
  pid_t child = 0;
  int status = posix_spawnp(&child, dot_program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (status == ENOENT)
    throw GraphvizMissing(
        "Graphviz's '" + dot_program +
        "' program was not found in PATH; install Graphviz (Debian/Ubuntu: sudo apt-get install "
        "graphviz; Fedora: sudo dnf install graphviz; macOS: brew install graphviz) or export "
        "--format dot and render it elsewhere");
  if (status != 0)
    throw std::runtime_error("cannot run '" + dot_program + "': " + std::strerror(status));
  int wait_status = 0;
  while (waitpid(child, &wait_status, 0) < 0)
    if (errno != EINTR) throw std::runtime_error("waiting for '" + dot_program + "' failed");
  if (!WIFEXITED(wait_status) || WEXITSTATUS(wait_status) != 0) {
    std::string message = readWhole(errors.path());
    while (!message.empty() && (message.back() == '\n' || message.back() == '\r'))
      message.pop_back();
    throw std::runtime_error("'" + dot_program + " " + format_flag + "' failed" +
                             (message.empty() ? std::string() : ": " + message));
  }
  std::ifstream picture(output.path(), std::ios::binary);
  if (picture.peek() == std::ifstream::traits_type::eof())
    throw std::runtime_error("'" + dot_program + " " + format_flag + "' wrote nothing");
  out << picture.rdbuf();
}

}  // namespace kg
