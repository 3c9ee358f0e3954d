// What the codec files share: the registry's names (codec_names.cpp), CPython's error handlers
// (codecs.cpp) and the escape codecs (codec_escape.cpp).
#pragma once

#include <string>
#include <string_view>

namespace aiocc::codec {

// The codec module (encodings.<module>) a normalized encoding name denotes, or "" for a name
// CPython does not know.
std::string_view codec_module(std::string_view normalized);

// A decoding error in data[start, end): the handler named `errors` appends its replacement to
// `out` (UTF-8) and returns where decoding resumes, or raises (strict, or a handler that gives
// up) CPython's UnicodeDecodeError(codec, data, start, end, reason).
size_t decode_error(const std::string& errors, const char* codec, const std::string& data,
                    size_t start, size_t end, const char* reason, std::string& out);

// An encoding error in characters [start, end) of `text` (code points `u`): the handler's
// replacement, as bytes to insert as they are (`raw`), or as ASCII text for the codec to
// encode, and where encoding resumes.
struct EncodeReplacement {
  std::string data;
  bool raw = false;
  size_t resume = 0;
};
EncodeReplacement encode_error(const std::string& errors, const char* codec, const std::string& text,
                               const std::u32string& u, size_t start, size_t end, const char* reason);
[[noreturn]] void raise_encode_error(const char* codec, const std::string& text, size_t start,
                                     size_t end, const char* reason);

// unicode_escape and raw_unicode_escape (codec_escape.cpp).
std::string escape_encode(const std::u32string& u, bool raw);
std::string escape_decode(const std::string& data, const std::string& errors, bool raw);

}  // namespace aiocc::codec
