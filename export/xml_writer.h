// XmlWriter: a thin wrapper over libxml2's xmlTextWriter for the XML exports (GraphML, GEXF),
// so names and values are escaped by a real XML writer; failures become exceptions that name
// the format.
#pragma once

#include <libxml/xmlwriter.h>

#include <ostream>
#include <stdexcept>
#include <string>

namespace kg {

class XmlWriter {
 public:
  // Writes indented XML to `out`; `format` ("GraphML") names the export in error messages.
  XmlWriter(std::ostream& out, std::string format) : format_(std::move(format)) {
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(&XmlWriter::write, nullptr, &out, nullptr);
    if (!buffer) throw std::runtime_error(format_ + ": cannot create the XML output buffer");
    writer_ = xmlNewTextWriter(buffer);
    if (!writer_) {
      xmlOutputBufferClose(buffer);
      throw std::runtime_error(format_ + ": cannot create the XML writer");
    }
    check(xmlTextWriterSetIndent(writer_, 1));
    check(xmlTextWriterSetIndentString(writer_, BAD_CAST " "));
  }
  ~XmlWriter() { xmlFreeTextWriter(writer_); }
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  void startDocument() { check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", nullptr)); }
  void endDocument() {
    check(xmlTextWriterEndDocument(writer_));
    check(xmlTextWriterFlush(writer_));
  }
  void start(const char* element) { check(xmlTextWriterStartElement(writer_, BAD_CAST element)); }
  void end() { check(xmlTextWriterEndElement(writer_)); }
  void attribute(const char* name, const std::string& value) {
    check(xmlTextWriterWriteAttribute(writer_, BAD_CAST name, BAD_CAST value.c_str()));
  }
  void text(const std::string& value) {
    check(xmlTextWriterWriteString(writer_, BAD_CAST value.c_str()));
  }

 private:
  static int write(void* context, const char* data, int length) {
    auto* out = static_cast<std::ostream*>(context);
    out->write(data, length);
    return *out ? length : -1;
  }
  void check(int status) const {
    if (status < 0) throw std::runtime_error(format_ + ": the XML writer failed (output error)");
  }

  std::string format_;
  xmlTextWriterPtr writer_ = nullptr;
};

}  // namespace kg
