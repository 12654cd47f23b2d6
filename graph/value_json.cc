#include "graph/value_json.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <stdexcept>

namespace kg {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void write(const Value& value, Writer& out, TemporalJson temporals) {
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
          for (const Value& element : item) write(element, out, temporals);
          out.EndArray();
        } else if constexpr (std::is_same_v<T, ValueMap>) {
          out.StartObject();
          for (const auto& [key, element] : item) {
            out.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()), true);
            write(element, out, temporals);
          }
          out.EndObject();
        } else if constexpr (std::is_same_v<T, Temporal>) {
          // {"$date": "1984-10-11"}: one member named after the type, with its ISO string.
          std::string key = std::string("$") + temporalFunctionName(item.type);
          std::string text = formatTemporal(item);
          if (temporals == TemporalJson::Text) {
            out.String(text.data(), static_cast<rapidjson::SizeType>(text.size()), true);
            return;
          }
          out.StartObject();
          out.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()), true);
          out.String(text.data(), static_cast<rapidjson::SizeType>(text.size()), true);
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
    if (json.MemberCount() == 1 && json.MemberBegin()->value.IsString()) {
      std::string_view key(json.MemberBegin()->name.GetString(),
                           json.MemberBegin()->name.GetStringLength());
      if (key.size() > 1 && key[0] == '$')
        if (auto type = temporalTypeNamed(key.substr(1)))
          return parseTemporal(*type,
                               std::string_view(json.MemberBegin()->value.GetString(),
                                                json.MemberBegin()->value.GetStringLength()));
    }
    ValueMap map;
    for (const auto& member : json.GetObject())
      map[std::string(member.name.GetString(), member.name.GetStringLength())] = read(member.value);
    return map;
  }
  return Value();
}

}  // namespace

std::string toJson(const Value& value, TemporalJson temporals) {
  rapidjson::StringBuffer buffer;
  Writer writer(buffer);
  write(value, writer, temporals);
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
