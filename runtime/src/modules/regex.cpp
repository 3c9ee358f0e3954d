// _aiocc.regex_compile / regex_match: the matching engine under aiocc's re (runtime/lib/re), on
// PCRE2. Python's syntax never reaches PCRE2: re/_parser.py parses the pattern exactly as
// CPython's parser does (its errors, its warnings), and re/_compiler.py writes the parsed tree
// back out in a PCRE2 syntax with no ambiguity (every literal a \x{..}, every anchor and class
// spelled out), so the two engines read the same pattern the same way.
//
// Strings are UTF-8 inside aiocc and PCRE2 answers in bytes; Python speaks in code points. A
// subject that is not ASCII gets a table from code point to byte offset, kept for the last
// subject seen, so that finditer and sub over one long string build it once.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "aiocc/py/builtins.h"
#include "aiocc/py/bytes.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/private_module.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "internal.h"
#include "unicode.h"

namespace aiocc::private_module {
namespace {

TypeObject regex_type("Regex", &types::object, nullptr, "_aiocc");

struct RegexObject final : HeapObject {
  pcre2_code* code = nullptr;
  pcre2_match_data* match_data = nullptr;  // reused: each match copies the offsets out
  bool unicode = false;                     // a str pattern: UTF mode, offsets in code points
  ~RegexObject() override {
    pcre2_match_data_free(match_data);
    pcre2_code_free(code);
  }
  TypeObject* type() const override { return &regex_type; }
};

// The offsets of the last non-ASCII subject: byte offset of each code point, and one past.
struct OffsetTable {
  Object subject;  // kept alive, so the identity test below cannot be fooled by reuse
  std::vector<size_t> byte_at;
  const std::vector<size_t>& of(const Object& s) {
    if (subject.is_heap() && subject.heap() == s.heap()) return byte_at;
    subject = s;
    const std::string& text = str_value(s);
    byte_at.clear();
    for (size_t i = 0; i < text.size(); i += utf8_char_len(static_cast<unsigned char>(text[i]))) byte_at.push_back(i);
    byte_at.push_back(text.size());
    return byte_at;
  }
  size_t code_point(size_t byte) const {
    return static_cast<size_t>(std::lower_bound(byte_at.begin(), byte_at.end(), byte) - byte_at.begin());
  }
};
OffsetTable offsets;

// A backreference under IGNORECASE in a str pattern. sre compares it character by character,
// lower(a) == lower(b) (ASCII letters only under ASCII); PCRE2's caseless \g{n} pairs characters
// by its case-folding sets instead (s with U+017F, not i with U+0130). So _compiler writes it
// as a check, (?C"u<n>") or (?C"a<n>"), then (?:(?C"+")[any])*+, which consumes the characters
// the check measured: the check remembers where they start and how many bytes they take.
struct Backref {
  size_t start = 0, length = 0;
} backref;

char32_t next_code_point(const unsigned char* s, size_t& i) {
  const size_t n = utf8_char_len(s[i]);
  char32_t c = n == 1 ? s[i] : n == 2 ? s[i] & 0x1F : n == 3 ? s[i] & 0x0F : s[i] & 0x07;
  for (size_t k = 1; k < n; ++k) c = (c << 6) | (s[i + k] & 0x3F);
  i += n;
  return c;
}

char32_t sre_lower(char32_t c, bool unicode) {
  if (!unicode) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  std::u32string lower;
  uni::to_lower(c, lower);  // the first of the full mapping: CPython's _PyUnicode_ToLowercase
  return lower[0];
}

int backref_callout(pcre2_callout_block* cb, void*) {
  const char* arg = reinterpret_cast<const char*>(cb->callout_string);
  if (arg[0] == '+') return cb->current_position - backref.start < backref.length ? 0 : 1;
  const bool unicode = arg[0] == 'u';
  const auto n = static_cast<uint32_t>(std::atoi(arg + 1));
  if (n >= cb->capture_top || cb->offset_vector[2 * n] == PCRE2_UNSET) return 1;  // fails, as sre's
  const unsigned char* s = cb->subject;
  size_t g = cb->offset_vector[2 * n], p = cb->current_position;
  const size_t group_end = cb->offset_vector[2 * n + 1];
  while (g < group_end) {
    if (p >= cb->subject_length) return 1;
    if (sre_lower(next_code_point(s, g), unicode) != sre_lower(next_code_point(s, p), unicode)) return 1;
  }
  backref = {cb->current_position, p - cb->current_position};
  return 0;
}

// No limits on backtracking: sre has none, a slow match takes its time there too.
pcre2_match_context* unlimited_context() {
  static pcre2_match_context* context = [] {
    pcre2_match_context* c = pcre2_match_context_create(nullptr);
    pcre2_set_match_limit(c, UINT32_MAX);
    pcre2_set_depth_limit(c, UINT32_MAX);
    pcre2_set_heap_limit(c, UINT32_MAX);
    pcre2_set_callout(c, backref_callout, nullptr);
    pcre2_jit_stack_assign(c, nullptr, pcre2_jit_stack_create(32 * 1024, 64 * 1024 * 1024, nullptr));
    return c;
  }();
  return context;
}

int64_t small_int(const Object& o) {
  int64_t v = 0;
  aiocc::detail::small(o, v);
  return v;
}

}  // namespace

// regex_compile(pattern, unicode): `pattern` in the PCRE2 syntax _compiler writes (flags inline).
Object regex_compile(Args args, Kwargs kw) {
  Object v[2];
  clinic_bind("regex_compile", {"pattern", "unicode"}, 2, 2, args, kw, v);
  auto rx = make<RegexObject>();
  auto* r = rx.as<RegexObject>();
  r->unicode = truthy(v[1]);
  uint32_t options = PCRE2_DOLLAR_ENDONLY;
  if (r->unicode) options |= PCRE2_UTF | PCRE2_UCP;
  const std::string& text = str_value(v[0]);
  int error = 0;
  PCRE2_SIZE offset = 0;
  r->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), options, &error, &offset, nullptr);
  if (!r->code) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error, message, sizeof message);
    raise(&exc::NotImplementedError, std::string("aiocc's re cannot run this pattern: PCRE2 says ") +
                                         reinterpret_cast<const char*>(message));
  }
  pcre2_jit_compile(r->code, PCRE2_JIT_COMPLETE);  // where JIT is missing, the interpreter runs
  r->match_data = pcre2_match_data_create_from_pattern(r->code, nullptr);
  return rx;
}

// regex_match(regex, string, pos, endpos, mode) -> [start0, end0, start1, end1, ..., lastindex]
// or None (lastindex -1 for none).
// pos and endpos are code point indexes already clamped to the string; mode: 0 search,
// 1 match (anchored at pos), 2 fullmatch (anchored at both ends), plus 4: an empty match at pos
// does not count (the next match after an empty one, as sre's must_advance).
Object regex_match(Args args, Kwargs kw) {
  Object v[5];
  clinic_bind("regex_match", {"regex", "string", "pos", "endpos", "mode"}, 5, 5, args, kw, v);
  auto* r = v[0].as<RegexObject>();
  const Object& subject = v[1];
  const int64_t mode = small_int(v[4]);
  size_t pos = static_cast<size_t>(small_int(v[2])), endpos = static_cast<size_t>(small_int(v[3]));
  const std::string& text = is_str(subject) ? str_value(subject) : bytes_data(subject);
  const std::vector<size_t>* table = nullptr;
  if (is_str(subject) && !subject.as<StrObject>()->ascii) {
    table = &offsets.of(subject);
    pos = (*table)[pos];
    endpos = (*table)[endpos];
  }
  uint32_t options = PCRE2_NO_UTF_CHECK;
  if ((mode & 3) != 0) options |= PCRE2_ANCHORED;
  if ((mode & 3) == 2) options |= PCRE2_ENDANCHORED;
  if (mode & 4) options |= PCRE2_NOTEMPTY_ATSTART;
  pcre2_match_data* md = r->match_data;
  const int rc = pcre2_match(r->code, reinterpret_cast<PCRE2_SPTR>(text.data()), endpos, pos, options, md,
                             unlimited_context());
  if (rc < 0) {
    if (rc == PCRE2_ERROR_NOMATCH) return None;
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(rc, message, sizeof message);
    raise(&exc::RuntimeError, std::string("PCRE2: ") + reinterpret_cast<const char*>(message));
  }
  uint32_t groups = 0;
  pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &groups);
  const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
  std::vector<Object> out;
  out.reserve(2 * (groups + 1));
  for (uint32_t i = 0; i < 2 * (groups + 1); ++i) {
    // Groups past rc did not take part; unset ones hold PCRE2_UNSET.
    const PCRE2_SIZE at = i < 2 * static_cast<uint32_t>(rc) ? ov[i] : PCRE2_UNSET;
    if (at == PCRE2_UNSET) {
      out.push_back(py_int(-1));
    } else {
      out.push_back(py_int(static_cast<int64_t>(table ? offsets.code_point(at) : at)));
    }
  }
  // _compiler puts (*MARK:n) after group n's end: the last mark passed names the group that
  // closed last (sre's lastindex).
  const PCRE2_SPTR mark = pcre2_get_mark(md);
  out.push_back(py_int(mark ? std::atoll(reinterpret_cast<const char*>(mark)) : -1));
  return py_list(std::move(out));
}

// regex_slice(string, start, end): string[start:end] for code point offsets of a match, through
// the offset table (slicing a non-ASCII str walks it from the start); bytes for bytes-likes.
Object regex_slice(Args args, Kwargs kw) {
  Object v[3];
  clinic_bind("regex_slice", {"string", "start", "end"}, 3, 3, args, kw, v);
  size_t start = static_cast<size_t>(small_int(v[1])), end = static_cast<size_t>(small_int(v[2]));
  if (!is_str(v[0])) return py_bytes(bytes_data(v[0]).substr(start, end - start));
  const std::string& text = str_value(v[0]);
  if (!v[0].as<StrObject>()->ascii) {
    const std::vector<size_t>& at = offsets.of(v[0]);
    start = at[start];
    end = at[end];
  }
  return py_str(text.substr(start, end - start));
}

// unicodedata.lookup(name) for the \\N{...} escape of patterns: the code point, or None.
Object unicode_lookup(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("unicode_lookup", {"name"}, 1, 1, args, kw, v);
  char32_t c = 0;
  if (!is_str(v[0]) || !uni::lookup_name(str_value(v[0]), c)) return None;
  return py_int(static_cast<int64_t>(c));
}

BuiltinFunction unicode_lookup_fn("unicode_lookup", unicode_lookup);
BuiltinFunction regex_compile_fn("regex_compile", regex_compile);
BuiltinFunction regex_match_fn("regex_match", regex_match);
BuiltinFunction regex_slice_fn("regex_slice", regex_slice);

}  // namespace aiocc::private_module
