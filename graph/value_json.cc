#include "graph/value_json.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <stdexcept>

namespace kg {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void write(const Value& value, Writer& out) {
  std::visit(
      [&](const auto& item) {
        using T = std::decay_t<decltype(item)>;
        if constexpr (std::is_same_v<T, bool>) {
          out.Bool(item);
        } else if constexpr (std::is_same_v<T, int64_t>) {
          out.Int64(item);
        } else if constexpr (std::is_same_v<T, double>) {
          out.Double(item);
        } else if constexpr (std::is_same_v<T, std::string>) {
          out.String(item.data(), static_cast<rapidjson::SizeType>(item.size()), true);
        } else if constexpr (std::is_same_v<T, ValueList>) {
          out.StartArray();
          for (const Value& element : item) write(element, out);
          out.EndArray();
        } else if constexpr (std::is_same_v<T, ValueMap>) {
          out.StartObject();
          for (const auto& [key, element] : item) {
            out.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()), true);
            write(element, out);
          }
          out.EndObject();
        } else {
          out.Null();
        }
      },
      value.data);
}

Value read(const rapidjson::Value& json) {
  if (json.IsBool()) return json.GetBool();
  if (json.IsInt64()) return json.GetInt64();
  if (json.IsNumber()) return json.GetDouble();
  if (json.IsString()) return std::string(json.GetString(), json.GetStringLength());
  if (json.IsArray()) {
    ValueList list;
    for (const auto& element : json.GetArray()) list.push_back(read(element));
    return list;
  }
  if (json.IsObject()) {
    ValueMap map;
    for (const auto& member : json.GetObject())
      map[std::string(member.name.GetString(), member.name.GetStringLength())] = read(member.value);
    return map;
  }
  return Value();
}

}  // namespace

std::string toJson(const Value& value) {
  rapidjson::StringBuffer buffer;
  Writer writer(buffer);
  write(value, writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

Value fromJson(std::string_view text) {
  rapidjson::Document document;
  document.Parse<rapidjson::kParseFullPrecisionFlag>(text.data(), text.size());
  if (document.HasParseError())
    throw std::runtime_error(std::string("invalid JSON at offset ") +
                             std::to_string(document.GetErrorOffset()) + ": " +
                             rapidjson::GetParseError_En(document.GetParseError()));
  return read(document);
}

}  // namespace kg
