#include "export/stable_uuid.h"

#include <stdexcept>
#include <vector>

namespace kg {
namespace {

uint32_t rotateLeft(uint32_t value, int bits) { return (value << bits) | (value >> (32 - bits)); }

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::array<uint8_t, 20> sha1(std::string_view bytes) {
  uint32_t state[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
  // The message padded with 0x80, zeros and its bit length to a multiple of 64 bytes.
  std::vector<uint8_t> message(bytes.begin(), bytes.end());
  uint64_t bit_length = static_cast<uint64_t>(bytes.size()) * 8;
  message.push_back(0x80);
  while (message.size() % 64 != 56) message.push_back(0);
  for (int shift = 56; shift >= 0; shift -= 8) message.push_back(uint8_t(bit_length >> shift));

  for (size_t block = 0; block < message.size(); block += 64) {
    uint32_t words[80];
    for (int i = 0; i < 16; ++i)
      words[i] = uint32_t(message[block + 4 * i]) << 24 |
                 uint32_t(message[block + 4 * i + 1]) << 16 |
                 uint32_t(message[block + 4 * i + 2]) << 8 | uint32_t(message[block + 4 * i + 3]);
    for (int i = 16; i < 80; ++i)
      words[i] = rotateLeft(words[i - 3] ^ words[i - 8] ^ words[i - 14] ^ words[i - 16], 1);
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
    for (int i = 0; i < 80; ++i) {
      uint32_t mix, constant;
      if (i < 20) {
        mix = (b & c) | (~b & d), constant = 0x5A827999u;
      } else if (i < 40) {
        mix = b ^ c ^ d, constant = 0x6ED9EBA1u;
      } else if (i < 60) {
        mix = (b & c) | (b & d) | (c & d), constant = 0x8F1BBCDCu;
      } else {
        mix = b ^ c ^ d, constant = 0xCA62C1D6u;
      }
      uint32_t next = rotateLeft(a, 5) + mix + e + constant + words[i];
      e = d, d = c, c = rotateLeft(b, 30), b = a, a = next;
    }
    state[0] += a, state[1] += b, state[2] += c, state[3] += d, state[4] += e;
  }
  std::array<uint8_t, 20> digest;
  for (int i = 0; i < 20; ++i) digest[i] = uint8_t(state[i / 4] >> (24 - 8 * (i % 4)));
  return digest;
}

std::string uuidVersion5(std::string_view namespace_uuid, std::string_view name) {
  std::string input;
  for (size_t i = 0; i < namespace_uuid.size(); ++i) {
    if (namespace_uuid[i] == '-') continue;
    if (i + 1 >= namespace_uuid.size())
      throw std::invalid_argument("not a UUID: " + std::string(namespace_uuid));
    int high = hexDigit(namespace_uuid[i]), low = hexDigit(namespace_uuid[i + 1]);
    if (high < 0 || low < 0)
      throw std::invalid_argument("not a UUID: " + std::string(namespace_uuid));
    input += char(high << 4 | low);
    ++i;
  }
  if (input.size() != 16) throw std::invalid_argument("not a UUID: " + std::string(namespace_uuid));
  input.append(name);
  std::array<uint8_t, 20> digest = sha1(input);
  digest[6] = uint8_t((digest[6] & 0x0F) | 0x50);  // version 5
  digest[8] = uint8_t((digest[8] & 0x3F) | 0x80);  // RFC 4122 variant
  static const char* kHex = "0123456789abcdef";
  std::string text;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text += '-';
    text += kHex[digest[i] >> 4];
    text += kHex[digest[i] & 0x0F];
  }
  return text;
}

}  // namespace kg
