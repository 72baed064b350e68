#include "gannet/config/properties.h"

namespace gannet::config {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }

std::vector<std::string_view> natural_lines(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    out.push_back(text.substr(start, i - start));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

// Joins continuations (odd trailing backslashes), drops the leading
// whitespace of every natural line, and skips blank and comment lines.
std::vector<std::string> logical_lines(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  bool continuing = false;
  for (std::string_view line : natural_lines(text)) {
    while (!line.empty() && is_blank(line.front()))
      line.remove_prefix(1);
    if (!continuing && (line.empty() || line.front() == '#' || line.front() == '!')) continue;
    std::size_t slashes = 0;
    while (slashes < line.size() && line[line.size() - 1 - slashes] == '\\')
      ++slashes;
    continuing = slashes % 2 == 1;
    current.append(continuing ? line.substr(0, line.size() - 1) : line);
    if (!continuing) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (continuing) out.push_back(std::move(current));
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      if (s[i] != '\\') out.push_back(s[i]);
      continue;
    }
    char c = s[++i];
    switch (c) {
      case 't':
        out.push_back('\t');
        break;
      case 'n':
        out.push_back('\n');
        break;
      case 'r':
        out.push_back('\r');
        break;
      case 'f':
        out.push_back('\f');
        break;
      case 'u': {
        unsigned cp = 0;
        std::size_t j = 0;
        for (; j < 4 && i + 1 + j < s.size() && hex_value(s[i + 1 + j]) >= 0; ++j)
          cp = cp * 16 + static_cast<unsigned>(hex_value(s[i + 1 + j]));
        if (j == 4) {
          append_utf8(out, cp);
          i += 4;
        } else {
          out.push_back('u');  // Java throws "Malformed \uxxxx encoding"; keep the text
        }
        break;
      }
      default:
        out.push_back(c);
    }
  }
  return out;
}

void escape_into(std::string& out, std::string_view s, bool is_key) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\f':
        out += "\\f";
        break;
      case '=':
      case ':':
      case '#':
      case '!':
        out.push_back('\\');
        out.push_back(c);
        break;
      case ' ':
        if (is_key || i == 0) out.push_back('\\');
        out.push_back(' ');
        break;
      default:
        out.push_back(c);
    }
  }
}

}  // namespace

std::vector<std::pair<std::string, std::string>> parse_properties(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& line : logical_lines(text)) {
    std::size_t i = 0;
    bool escaped = false;
    for (; i < line.size(); ++i) {
      char c = line[i];
      if (escaped) {
        escaped = false;
        continue;
      }
      if (c == '\\') {
        escaped = true;
      } else if (c == '=' || c == ':' || is_blank(c)) {
        break;
      }
    }
    std::string_view key = std::string_view(line).substr(0, i);
    std::size_t v = i;
    while (v < line.size() && is_blank(line[v]))
      ++v;
    if (v < line.size() && (line[v] == '=' || line[v] == ':')) ++v;
    while (v < line.size() && is_blank(line[v]))
      ++v;
    out.emplace_back(unescape(key), unescape(std::string_view(line).substr(v)));
  }
  return out;
}

std::string write_properties(const property_map& values, std::string_view header) {
  std::string out;
  if (!header.empty()) {
    out += "#";
    out += header;
    out += "\n";
  }
  for (const auto& [k, v] : values) {
    escape_into(out, k, true);
    out.push_back('=');
    escape_into(out, v, false);
    out.push_back('\n');
  }
  return out;
}

}  // namespace gannet::config
