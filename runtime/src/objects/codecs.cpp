// Text <-> bytes: CPython 3.11's utf-8 (and utf-8-sig), ascii, latin-1 (and charmap without a map), utf-16 and
// utf-32 (with and without a byte order, BOMs as CPython writes and reads them), unicode_escape
// and raw_unicode_escape codecs, found by every name CPython's registry accepts
// (codec_names.cpp), with its error handlers (strict, replace, ignore, backslashreplace,
// surrogateescape, surrogatepass, and for encoding xmlcharrefreplace and namereplace) and its
// UnicodeEncodeError / UnicodeDecodeError arguments and texts. The other codecs CPython has
// (cp1252, shift_jis, …) are refused at run time by name (NotImplementedError), names CPython
// does not know raise its LookupError, and bytes-to-bytes codecs (hex, base64, …) its
// "is not a text encoding" LookupError.
#include <algorithm>
#include <iterator>
#include <string>

#include "aiocc/py/bytes.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "bytes_internal.h"
#include "codecs_internal.h"
#include "cpython_frames.h"
#include "internal.h"
#include "unicode.h"

namespace aiocc {
namespace {

enum class Codec { Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE,
                   UnicodeEscape, RawUnicodeEscape, Undefined };

// The name a codec gives in its errors.
const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8:
    case Codec::Utf8Sig: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    case Codec::Utf16: return "utf-16";
    case Codec::Utf16LE: return "utf-16-le";
    case Codec::Utf16BE: return "utf-16-be";
    case Codec::Utf32: return "utf-32";
    case Codec::Utf32LE: return "utf-32-le";
    case Codec::Utf32BE: return "utf-32-be";
    case Codec::UnicodeEscape: return "unicodeescape";
    case Codec::RawUnicodeEscape: return "rawunicodeescape";
    case Codec::Undefined: return "undefined";
  }
  return "";
}

struct Found {
  Codec codec;
  std::string_view module;  // encodings.<module>
  bool shortcut;            // a name PyUnicode_Decode / AsEncodedString handle without the registry
};

// _Py_normalize_encoding, then the registry's search (codec_names.cpp). `encoding` says which
// way, for the LookupError of a codec that is not a text encoding.
Found lookup_codec(const std::string& name, bool encoding) {
  std::string n;
  bool punct = false;
  for (char c : name) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '.') {
      if (punct && !n.empty()) n += '_';
      n += static_cast<char>(std::tolower(u));
      punct = false;
    } else {
      punct = true;
    }
  }
  const std::string_view m = codec::codec_module(n);
  static const std::pair<std::string_view, Codec> have[] = {
      {"utf_8", Codec::Utf8}, {"utf_8_sig", Codec::Utf8Sig}, {"ascii", Codec::Ascii}, {"latin_1", Codec::Latin1},
      {"charmap", Codec::Latin1},  // without a mapping, charmap is latin-1, errors included
      {"utf_16", Codec::Utf16}, {"utf_16_le", Codec::Utf16LE}, {"utf_16_be", Codec::Utf16BE},
      {"utf_32", Codec::Utf32}, {"utf_32_le", Codec::Utf32LE}, {"utf_32_be", Codec::Utf32BE},
      {"unicode_escape", Codec::UnicodeEscape}, {"raw_unicode_escape", Codec::RawUnicodeEscape},
      {"undefined", Codec::Undefined}};  // which always fails
  static const std::string_view shortcuts[] = {"utf8", "utf_8", "utf16", "utf_16", "utf32", "utf_32",
                                               "ascii", "us_ascii", "latin1", "latin_1",
                                               "iso_8859_1", "iso8859_1"};
  for (const auto& [module, codec] : have) {
    if (m == module)
      return {codec, m, std::find(std::begin(shortcuts), std::end(shortcuts), n) != std::end(shortcuts)};
  }
  if (m.empty()) raise(&exc::LookupError, "unknown encoding: " + name);
  static const std::string_view bytes_codecs[] = {"base64_codec", "bz2_codec", "hex_codec",
                                                  "quopri_codec", "rot_13", "uu_codec", "zlib_codec"};
  for (std::string_view b : bytes_codecs) {
    if (m == b) {
      raise(&exc::LookupError, "'" + name + "' is not a text encoding; use codecs." +
                                   (encoding ? "encode" : "decode") + "() to handle arbitrary codecs");
    }
  }
  // Codecs CPython has and aiocc lacks: say so, instead of pretending they do not exist.
  raise(&exc::NotImplementedError, "aiocc does not support the '" + std::string(m) + "' codec");
}

const std::string& text_arg(const Object& o, const char* fname, const char* param) {
  const Object& v = unwrap(o);
  if (!is_str(v))
    raise(&exc::TypeError, std::string(fname) + " argument '" + param + "' must be str, not " +
                               (o.is_none() ? "None" : type_of(o)->name));  // _PyArg_BadArgument
  return str_value(v);
}

enum class Handler { Strict, Replace, Ignore, Backslash, XmlCharRef, NameReplace, SurrogateEscape,
                     SurrogatePass };

// Looked up when an error happens, as CPython does: an unknown name in `errors` goes unnoticed
// while the data is clean.
Handler lookup_handler(const std::string& name) {
  static const std::pair<std::string_view, Handler> names[] = {
      {"strict", Handler::Strict}, {"replace", Handler::Replace}, {"ignore", Handler::Ignore},
      {"backslashreplace", Handler::Backslash}, {"xmlcharrefreplace", Handler::XmlCharRef},
      {"namereplace", Handler::NameReplace}, {"surrogateescape", Handler::SurrogateEscape},
      {"surrogatepass", Handler::SurrogatePass}};
  for (const auto& [n, h] : names) {
    if (name == n) return h;
  }
  raise(&exc::LookupError, "unknown error handler name '" + name + "'");
}

bool is_surrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

// get_standard_encoding: the width of one surrogate in a codec surrogatepass knows (0: none), and
// its byte order.
int surrogate_width(std::string_view codec, bool& big_endian) {
  big_endian = codec.size() > 6 && codec.substr(codec.size() - 2) == "be";
  if (codec == "utf-8") return 3;
  if (codec.substr(0, 6) == "utf-16") return 2;
  if (codec.substr(0, 6) == "utf-32") return 4;
  return 0;
}

void put_unit(std::string& out, uint32_t v, int width, bool big_endian) {
  for (int k = 0; k < width; ++k) {
    const int shift = big_endian ? 8 * (width - 1 - k) : 8 * k;
    out += static_cast<char>((v >> shift) & 0xFF);
  }
}

uint32_t get_unit(const std::string& s, size_t i, int width, bool big_endian) {
  uint32_t v = 0;
  for (int k = 0; k < width; ++k) {
    const uint32_t b = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
    v |= b << (big_endian ? 8 * (width - 1 - k) : 8 * k);
  }
  return v;
}

// The length of the valid UTF-8 sequence at s[i], or how CPython's decoder rejects it:
// 0 (truncated at the end of the data), 1 (invalid start byte), 2..4 (invalid continuation,
// after that many - 1 good bytes).
int utf8_status(const std::string& s, size_t i, size_t& len) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  auto cont = [](unsigned char b) { return b >= 0x80 && b < 0xC0; };
  const unsigned char c = at(0);
  const size_t left = s.size() - i;
  if (c < 0x80) return len = 1, -1;
  if (c < 0xC2) return 1;
  if (c < 0xE0) {
    if (left < 2) return 0;
    if (!cont(at(1))) return 2;
    return len = 2, -1;
  }
  if (c < 0xF0) {
    if (left < 2) return 0;
    const unsigned char c2 = at(1);
    if (!cont(c2) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0)) return 2;
    if (left < 3) return 0;
    if (!cont(at(2))) return 3;
    return len = 3, -1;
  }
  if (c < 0xF5) {
    if (left < 2) return 0;
    const unsigned char c2 = at(1);
    if (!cont(c2) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90)) return 2;
    if (left < 3) return 0;
    if (!cont(at(2))) return 3;
    if (left < 4) return 0;
    if (!cont(at(3))) return 4;
    return len = 4, -1;
  }
  return 1;
}

// Does UTF-8 `text` hold a lone surrogate (which aiocc keeps as its 3-byte form ED A0..BF xx)?
bool has_surrogate(const std::string& text) {
  for (size_t i = text.find('\xED'); i != std::string::npos; i = text.find('\xED', i + 1)) {
    if (i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0xA0) return true;
  }
  return false;
}

// Encodes code points one at a time with `put`; a run of characters `bad` refuses (or, with
// `single`, each such character alone) goes to the error handler. `unit` is the codec's code
// unit width: a handler's raw bytes must fill whole units.
template <class Bad, class Put>
std::string encode_with(Codec c, const std::string& text, const std::u32string& u,
                        const std::string& errors, const char* reason, bool single, size_t unit,
                        Bad bad, Put put) {
  std::string out;
  for (size_t i = 0; i < u.size();) {
    if (!bad(u[i])) {
      put(out, u[i++]);
      continue;
    }
    size_t end = i + 1;
    if (!single) {
      while (end < u.size() && bad(u[end])) ++end;
    }
    const codec::EncodeReplacement r = codec::encode_error(errors, codec_name(c), text, u, i, end, reason);
    if (r.raw) {
      if (r.data.size() % unit != 0)
        codec::raise_encode_error(codec_name(c), text, r.resume - 1, r.resume, reason);
      out += r.data;
    } else {
      for (char ch : r.data) put(out, static_cast<unsigned char>(ch));
    }
    i = r.resume;
  }
  return out;
}

std::string encode_utf16_32(Codec c, const std::string& text, const std::string& errors) {
  const bool wide = c == Codec::Utf32 || c == Codec::Utf32LE || c == Codec::Utf32BE;
  const bool big = c == Codec::Utf16BE || c == Codec::Utf32BE;  // utf-16 and utf-32: native, LE
  const int width = wide ? 4 : 2;
  const std::u32string u = uni::decode(text);
  std::string out;
  if (c == Codec::Utf16 || c == Codec::Utf32) put_unit(out, 0xFEFF, width, false);
  out += encode_with(c, text, u, errors, "surrogates not allowed", true, static_cast<size_t>(width),
                     is_surrogate, [&](std::string& o, char32_t ch) {
                       if (!wide && ch >= 0x10000) {
                         put_unit(o, 0xD800 | ((ch - 0x10000) >> 10), 2, big);
                         put_unit(o, 0xDC00 | ((ch - 0x10000) & 0x3FF), 2, big);
                       } else {
                         put_unit(o, ch, width, big);
                       }
                     });
  return out;
}

std::string decode_utf8(const std::string& data, const std::string& errors) {
  std::string out;
  out.reserve(data.size());
  for (size_t i = 0; i < data.size();) {
    size_t len = 0;
    const int status = utf8_status(data, i, len);
    if (status < 0) {
      out.append(data, i, len);
      i += len;
      continue;
    }
    size_t end = i + 1;
    const char* reason = "invalid start byte";
    if (status == 0) {
      reason = "unexpected end of data", end = data.size();
    } else if (status > 1) {
      reason = "invalid continuation byte", end = i + static_cast<size_t>(status) - 1;
    }
    i = codec::decode_error(errors, "utf-8", data, i, end, reason, out);
  }
  return out;
}

std::string decode_utf16(Codec c, const std::string& data, const std::string& errors) {
  size_t i = 0;
  bool big = c == Codec::Utf16BE;
  if (c == Codec::Utf16 && data.size() >= 2) {
    const uint32_t bom = get_unit(data, 0, 2, false);
    if (bom == 0xFEFF) i = 2;
    if (bom == 0xFFFE) i = 2, big = true;
  }
  const char* name = big ? "utf-16-be" : "utf-16-le";
  std::string out;
  while (i < data.size()) {
    if (data.size() - i < 2) {
      i = codec::decode_error(errors, name, data, i, data.size(), "truncated data", out);
      continue;
    }
    const uint32_t u = get_unit(data, i, 2, big);
    if (!is_surrogate(u)) {
      uni::append(out, u);
      i += 2;
    } else if (u >= 0xDC00) {
      i = codec::decode_error(errors, name, data, i, i + 2, "illegal encoding", out);
    } else if (data.size() - i < 4) {
      i = codec::decode_error(errors, name, data, i, data.size(), "unexpected end of data", out);
    } else if (const uint32_t low = get_unit(data, i + 2, 2, big); low < 0xDC00 || low > 0xDFFF) {
      i = codec::decode_error(errors, name, data, i, i + 2, "illegal UTF-16 surrogate", out);
    } else {
      uni::append(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
      i += 4;
    }
  }
  return out;
}

std::string decode_utf32(Codec c, const std::string& data, const std::string& errors) {
  size_t i = 0;
  bool big = c == Codec::Utf32BE;
  if (c == Codec::Utf32 && data.size() >= 4) {
    const uint32_t bom = get_unit(data, 0, 4, false);
    if (bom == 0xFEFF) i = 4;
    if (bom == 0xFFFE0000) i = 4, big = true;
  }
  const char* name = big ? "utf-32-be" : "utf-32-le";
  std::string out;
  while (i < data.size()) {
    if (data.size() - i < 4) {
      i = codec::decode_error(errors, name, data, i, data.size(), "truncated data", out);
      continue;
    }
    const uint32_t u = get_unit(data, i, 4, big);
    if (is_surrogate(u)) {
      i = codec::decode_error(errors, name, data, i, i + 4,
                              "code point in surrogate code point range(0xd800, 0xe000)", out);
    } else if (u > 0x10FFFF) {
      i = codec::decode_error(errors, name, data, i, i + 4, "code point not in range(0x110000)", out);
    } else {
      uni::append(out, u);
      i += 4;
    }
  }
  return out;
}

}  // namespace

[[noreturn]] void codec::raise_encode_error(const char* codec, const std::string& text,
                                            size_t start, size_t end, const char* reason) {
  raise_exc(new_exception(&exc::UnicodeEncodeError,
                          {py_str(codec), py_str(text), py_int(static_cast<int64_t>(start)),
                           py_int(static_cast<int64_t>(end)), py_str(reason)}));
}

size_t codec::decode_error(const std::string& errors, const char* codec, const std::string& data,
                           size_t start, size_t end, const char* reason, std::string& out) {
  auto fail = [&]() {
    raise_exc(new_exception(&exc::UnicodeDecodeError,
                            {py_str(codec), py_bytes(data), py_int(static_cast<int64_t>(start)),
                             py_int(static_cast<int64_t>(end)), py_str(reason)}));
  };
  switch (lookup_handler(errors)) {
    case Handler::Strict:
      fail();
    case Handler::Replace:
      out += "\xEF\xBF\xBD";  // U+FFFD
      return end;
    case Handler::Ignore:
      return end;
    case Handler::Backslash:
      for (size_t k = start; k < end; ++k) out += detail::hex_escape(static_cast<unsigned char>(data[k]));
      return end;
    case Handler::SurrogateEscape: {
      // Up to four bytes from `start`, never an ASCII one.
      size_t k = start;
      while (k < end && k - start < 4 && static_cast<unsigned char>(data[k]) >= 0x80)
        uni::append(out, 0xDC00 + static_cast<unsigned char>(data[k++]));
      if (k == start) fail();
      return k;
    }
    case Handler::SurrogatePass: {
      // One encoded surrogate at `start`.
      bool big = false;
      const int width = surrogate_width(codec, big);
      char32_t ch = 0;
      if (width && data.size() - start >= static_cast<size_t>(width)) {
        if (width == 3) {
          auto b = [&](size_t k) { return static_cast<unsigned char>(data[start + k]); };
          if ((b(0) & 0xF0) == 0xE0 && (b(1) & 0xC0) == 0x80 && (b(2) & 0xC0) == 0x80)
            ch = ((b(0) & 0x0F) << 12) + ((b(1) & 0x3F) << 6) + (b(2) & 0x3F);
        } else {
          ch = get_unit(data, start, width, big);
        }
      }
      if (!is_surrogate(ch)) fail();
      uni::append(out, ch);
      return start + static_cast<size_t>(width);
    }
    default:  // xmlcharrefreplace, namereplace
      raise(&exc::TypeError, "don't know how to handle UnicodeDecodeError in error callback");
  }
}

codec::EncodeReplacement codec::encode_error(const std::string& errors, const char* codec,
                                             const std::string& text, const std::u32string& u,
                                             size_t start, size_t end, const char* reason) {
  EncodeReplacement r;
  r.resume = end;
  switch (lookup_handler(errors)) {
    case Handler::Strict:
      raise_encode_error(codec, text, start, end, reason);
    case Handler::Replace:
      r.data.assign(end - start, '?');
      break;
    case Handler::Ignore:
      break;
    case Handler::Backslash:
      for (size_t k = start; k < end; ++k) r.data += detail::hex_escape(u[k]);
      break;
    case Handler::XmlCharRef:
      for (size_t k = start; k < end; ++k) r.data += "&#" + std::to_string(static_cast<uint32_t>(u[k])) + ";";
      break;
    case Handler::NameReplace:
      for (size_t k = start; k < end; ++k) {
        if (std::string name; uni::char_name(u[k], name, true)) {
          r.data += "\\N{" + name + "}";
        } else {
          r.data += detail::hex_escape(u[k]);
        }
      }
      break;
    case Handler::SurrogateEscape:
      r.raw = true;
      for (size_t k = start; k < end; ++k) {
        // The codec has written what came before; the error is raised from here on.
        if (u[k] < 0xDC80 || u[k] > 0xDCFF) raise_encode_error(codec, text, k, end, reason);
        r.data += static_cast<char>(u[k] - 0xDC00);
      }
      break;
    case Handler::SurrogatePass: {
      bool big = false;
      const int width = surrogate_width(codec, big);
      if (!width) raise_encode_error(codec, text, start, end, reason);
      r.raw = true;
      for (size_t k = start; k < end; ++k) {
        if (!is_surrogate(u[k])) raise_encode_error(codec, text, start, end, reason);
        if (width == 3) {
          uni::append(r.data, u[k]);
        } else {
          put_unit(r.data, u[k], width, big);
        }
      }
      break;
    }
  }
  return r;
}

namespace {

std::string encode_with_codec(Codec c, const std::string& text, const std::string& err);

// What a codec found through the registry adds to its exception: the frame of its module's
// Python-level function, if it has one, and, for an exception CPython can rebuild from one
// message (LookupError, TypeError; not UnicodeError's subclasses), the wrapper
// "decoding with 'name' codec failed (…)" raised from the original.
[[noreturn]] void registry_failure(PyException& e, const Found& found, const std::string& given,
                                   bool encode) {
  cpython::add_codec_frame(e.exc, found.module, encode);
  TypeObject* t = type_of(e.exc);
  if (t->is_subtype_of(&exc::UnicodeEncodeError) || t->is_subtype_of(&exc::UnicodeDecodeError)) throw;
  auto& tb = e.exc.as<ExceptionObject>()->tb;
  if (!tb.empty()) tb.pop_back();  // the caller's line belongs to the wrapper
  Object wrapper = new_exception(t, std::string(encode ? "encoding" : "decoding") + " with '" + given +
                                        "' codec failed (" + t->name + ": " + str(e.exc) + ")");
  ExceptionObject* w = wrapper.as<ExceptionObject>();
  w->cause = e.exc;
  w->context = e.exc;
  w->suppress_context = true;
  raise_exc(wrapper);
}

}  // namespace

std::string encode_text(const std::string& text, const Object& encoding, const Object& errors,
                        const char* fname) {
  const std::string enc = encoding.is_unbound() ? "utf-8" : text_arg(encoding, fname, "encoding");
  const std::string err = errors.is_unbound() ? "strict" : text_arg(errors, fname, "errors");
  const Found found = lookup_codec(enc, true);
  const Codec c = found.codec;
  if (c == Codec::Utf8Sig) {  // encodings/utf_8_sig.py's encode is Python code: its frame shows
    try {
      const std::string bom = "\xEF\xBB\xBF";
      if (!has_surrogate(text)) return bom + text;
      return bom + encode_with(c, text, uni::decode(text), err, "surrogates not allowed", false, 1,
                               is_surrogate, [](std::string& o, char32_t ch) { uni::append(o, ch); });
    } catch (PyException& e) {
      registry_failure(e, found, enc, true);
    }
  }
  if (!found.shortcut) {
    try {
      return encode_with_codec(c, text, err);
    } catch (PyException& e) {
      registry_failure(e, found, enc, true);
    }
  }
  return encode_with_codec(c, text, err);
}

namespace {

std::string encode_with_codec(Codec c, const std::string& text, const std::string& err) {
  switch (c) {
    case Codec::Undefined:
      raise(&exc::UnicodeError, "undefined encoding");
    case Codec::Utf8: {
      if (!has_surrogate(text)) return text;  // str is UTF-8 already
      return encode_with(c, text, uni::decode(text), err, "surrogates not allowed", false, 1,
                         is_surrogate, [](std::string& o, char32_t ch) { uni::append(o, ch); });
    }
    case Codec::Ascii:
    case Codec::Latin1: {
      const char32_t limit = c == Codec::Ascii ? 0x80 : 0x100;
      return encode_with(c, text, uni::decode(text), err,
                         limit == 0x80 ? "ordinal not in range(128)" : "ordinal not in range(256)",
                         false, 1, [&](char32_t ch) { return ch >= limit; },
                         [](std::string& o, char32_t ch) { o += static_cast<char>(ch); });
    }
    case Codec::UnicodeEscape:
    case Codec::RawUnicodeEscape:
      return codec::escape_encode(uni::decode(text), c == Codec::RawUnicodeEscape);
    default:
      return encode_utf16_32(c, text, err);
  }
}

std::string decode_with(Codec c, const std::string& data, const std::string& err);
}  // namespace

std::string decode_bytes(const std::string& data, const Object& encoding, const Object& errors,
                         const char* fname) {
  const std::string enc = encoding.is_unbound() ? "utf-8" : text_arg(encoding, fname, "encoding");
  const std::string err = errors.is_unbound() ? "strict" : text_arg(errors, fname, "errors");
  const Found found = lookup_codec(enc, false);
  if (found.shortcut) return decode_with(found.codec, data, err);
  // Through the registry, some codecs' decode is a Python function, whose frame tracebacks show.
  try {
    return decode_with(found.codec, data, err);
  } catch (PyException& e) {
    registry_failure(e, found, enc, false);
  }
}

namespace {

std::string decode_with(Codec c, const std::string& data, const std::string& err) {
  std::string out;
  switch (c) {
    case Codec::Undefined:
      raise(&exc::UnicodeError, "undefined encoding");
    case Codec::Utf8:
      return decode_utf8(data, err);
    case Codec::Utf8Sig:  // positions in errors count from after the BOM, as CPython's do
      return decode_utf8(data.compare(0, 3, "\xEF\xBB\xBF") == 0 ? data.substr(3) : data, err);
    case Codec::Latin1:
      out.reserve(data.size());
      for (char b : data) detail::append_utf8_rt(out, static_cast<unsigned char>(b));
      return out;
    case Codec::Ascii:
      out.reserve(data.size());
      for (size_t i = 0; i < data.size();) {
        if (static_cast<unsigned char>(data[i]) < 0x80) {
          out += data[i++];
        } else {
          i = codec::decode_error(err, "ascii", data, i, i + 1, "ordinal not in range(128)", out);
        }
      }
      return out;
    case Codec::Utf16:
    case Codec::Utf16LE:
    case Codec::Utf16BE:
      return decode_utf16(c, data, err);
    case Codec::UnicodeEscape:
    case Codec::RawUnicodeEscape:
      return codec::escape_decode(data, err, c == Codec::RawUnicodeEscape);
    default:
      return decode_utf32(c, data, err);
  }
}

}  // namespace

std::string unicode_error_str(TypeObject* cls, const std::vector<Object>& args, bool& handled) {
  handled = false;
  const bool enc = cls->is_subtype_of(&exc::UnicodeEncodeError);
  if (args.size() != 5 || (!enc && !cls->is_subtype_of(&exc::UnicodeDecodeError))) return "";
  int64_t start, end;
  if (!is_str(args[0]) || !is_str(args[4]) || !detail::small(args[2], start) ||
      !detail::small(args[3], end)) {
    return "";
  }
  handled = true;
  const std::string codec = "'" + str_value(args[0]) + "' codec can't ";
  const std::string& reason = str_value(args[4]);
  const bool one = end == start + 1;
  if (enc && is_str(args[1])) {
    const std::u32string u = uni::decode(str_value(args[1]));
    if (one && start >= 0 && start < static_cast<int64_t>(u.size())) {
      return codec + "encode character '" + detail::hex_escape(u[start]) + "' in position " +
             std::to_string(start) + ": " + reason;
    }
    return codec + "encode characters in position " + std::to_string(start) + "-" +
           std::to_string(end - 1) + ": " + reason;
  }
  if (!enc && is_bytes_like(args[1])) {
    const std::string& d = bytes_data(args[1]);
    if (one && start >= 0 && start < static_cast<int64_t>(d.size())) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned char>(d[start]));
      return codec + "decode byte " + buf + " in position " + std::to_string(start) + ": " + reason;
    }
    return codec + "decode bytes in position " + std::to_string(start) + "-" +
           std::to_string(end - 1) + ": " + reason;
  }
  handled = false;
  return "";
}

}  // namespace aiocc
