// Text <-> bytes: the utf-8, ascii and latin-1 codecs (and their aliases) with the strict,
// replace, ignore, backslashreplace and (encoding) xmlcharrefreplace error handlers, raising
// CPython 3.11's UnicodeEncodeError / UnicodeDecodeError with its five arguments and texts.
// Other encodings CPython knows are refused at run time by name (NotImplementedError) rather
// than reported as unknown; names CPython does not know raise its LookupError.
#include <string>

#include "aiocc/py/bytes.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "bytes_internal.h"
#include "internal.h"
#include "unicode.h"

namespace aiocc {
namespace {

enum class Codec { Utf8, Ascii, Latin1 };

const char* codec_name(Codec c) {
  return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1";
}

// encodings.normalize_encoding, then the aliases of the three codecs aiocc has.
Codec lookup_codec(const std::string& name) {
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
  static const char* const utf8[] = {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"};
  static const char* const ascii[] = {"ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968",
                                      "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us",
                                      "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"};
  static const char* const latin1[] = {"latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859",
                                       "cp819", "csisolatin1", "ibm819", "iso_8859_1_1987",
                                       "iso_ir_100", "l1", "latin"};
  for (const char* a : utf8) if (n == a) return Codec::Utf8;
  for (const char* a : ascii) if (n == a) return Codec::Ascii;
  for (const char* a : latin1) if (n == a) return Codec::Latin1;
  // Codecs CPython has and aiocc lacks: say so, instead of pretending they do not exist.
  static const char* const known[] = {"utf_16", "utf_32", "utf16", "utf32", "utf_16_le", "utf_16_be",
                                      "utf_32_le", "utf_32_be", "utf_7", "utf7", "utf_8_sig",
                                      "cp1252", "windows_1252", "cp437", "cp850", "cp1251",
                                      "iso8859_15", "iso_8859_15", "latin_9", "koi8_r", "shift_jis",
                                      "euc_jp", "gb2312", "gbk", "gb18030", "big5", "idna",
                                      "punycode", "mbcs", "raw_unicode_escape", "unicode_escape"};
  for (const char* a : known) {
    if (n == a) {
      raise(&exc::NotImplementedError,
            "aiocc supports the utf-8, ascii and latin-1 codecs, not '" + name + "'");
    }
  }
  raise(&exc::LookupError, "unknown encoding: " + name);
}

const std::string& text_arg(const Object& o, const char* fname, const char* param) {
  const Object& v = unwrap(o);
  if (!is_str(v))
    raise(&exc::TypeError, std::string(fname) + " argument '" + param + "' must be str, not " +
                               type_of(o)->name);
  return str_value(v);
}

enum class Handler { Strict, Replace, Ignore, Backslash, XmlCharRef };

Handler lookup_handler(const std::string& name, bool encoding) {
  if (name == "strict") return Handler::Strict;
  if (name == "replace") return Handler::Replace;
  if (name == "ignore") return Handler::Ignore;
  if (name == "backslashreplace") return Handler::Backslash;
  if (name == "xmlcharrefreplace") {
    if (encoding) return Handler::XmlCharRef;
    raise(&exc::TypeError, "don't know how to handle UnicodeDecodeError in error callback");
  }
  if (name == "surrogateescape" || name == "surrogatepass" || name == "namereplace") {
    raise(&exc::NotImplementedError, "aiocc does not support the '" + name + "' error handler");
  }
  raise(&exc::LookupError, "unknown error handler name '" + name + "'");
}

[[noreturn]] void raise_codec_error(TypeObject* cls, Codec c, Object object, size_t start,
                                    size_t end, const char* reason) {
  raise_exc(new_exception(cls, {py_str(codec_name(c)), std::move(object),
                                py_int(static_cast<int64_t>(start)),
                                py_int(static_cast<int64_t>(end)), py_str(reason)}));
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

}  // namespace

std::string encode_text(const std::string& text, const Object& encoding, const Object& errors,
                        const char* fname) {
  const std::string enc = encoding.is_unbound() ? "utf-8" : text_arg(encoding, fname, "encoding");
  const std::string err = errors.is_unbound() ? "strict" : text_arg(errors, fname, "errors");
  const Codec c = lookup_codec(enc);
  if (c == Codec::Utf8) return text;  // str is UTF-8 already
  const char32_t limit = c == Codec::Ascii ? 0x80 : 0x100;
  const std::u32string u = uni::decode(text);
  std::string out;
  for (size_t i = 0; i < u.size();) {
    if (u[i] < limit) {
      out += static_cast<char>(u[i++]);
      continue;
    }
    size_t end = i;
    while (end < u.size() && u[end] >= limit) ++end;  // the run of unencodable characters
    switch (lookup_handler(err, true)) {
      case Handler::Strict:
        raise_codec_error(&exc::UnicodeEncodeError, c, py_str(text), i, end,
                          limit == 0x80 ? "ordinal not in range(128)" : "ordinal not in range(256)");
      case Handler::Replace:
        out.append(end - i, '?');
        break;
      case Handler::Ignore:
        break;
      case Handler::Backslash:
        for (size_t k = i; k < end; ++k) out += detail::hex_escape(u[k]);
        break;
      case Handler::XmlCharRef:
        for (size_t k = i; k < end; ++k) out += "&#" + std::to_string(static_cast<uint32_t>(u[k])) + ";";
        break;
    }
    i = end;
  }
  return out;
}

std::string decode_bytes(const std::string& data, const Object& encoding, const Object& errors,
                         const char* fname) {
  const std::string enc = encoding.is_unbound() ? "utf-8" : text_arg(encoding, fname, "encoding");
  const std::string err = errors.is_unbound() ? "strict" : text_arg(errors, fname, "errors");
  const Codec c = lookup_codec(enc);
  std::string out;
  out.reserve(data.size());
  for (size_t i = 0; i < data.size();) {
    const unsigned char b = static_cast<unsigned char>(data[i]);
    size_t end = i + 1;
    const char* reason = nullptr;
    if (c == Codec::Latin1) {
      detail::append_utf8_rt(out, b);
      ++i;
      continue;
    }
    if (c == Codec::Ascii) {
      if (b < 0x80) {
        out += static_cast<char>(b);
        ++i;
        continue;
      }
      reason = "ordinal not in range(128)";
    } else {
      size_t len = 0;
      const int status = utf8_status(data, i, len);
      if (status < 0) {
        out.append(data, i, len);
        i += len;
        continue;
      }
      if (status == 0) {
        reason = "unexpected end of data", end = data.size();
      } else if (status == 1) {
        reason = "invalid start byte";
      } else {
        reason = "invalid continuation byte", end = i + static_cast<size_t>(status) - 1;
      }
    }
    switch (lookup_handler(err, false)) {
      case Handler::Strict:
        raise_codec_error(&exc::UnicodeDecodeError, c, py_bytes(data), i, end, reason);
      case Handler::Replace:
        out += "\xEF\xBF\xBD";  // U+FFFD
        break;
      case Handler::Ignore:
        break;
      default:  // backslashreplace
        for (size_t k = i; k < end; ++k) out += detail::hex_escape(static_cast<unsigned char>(data[k]));
        break;
    }
    i = end;
  }
  return out;
}

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
