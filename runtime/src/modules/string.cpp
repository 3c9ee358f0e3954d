// The string module (aiocc/py/string_module.h): the character-class constants, and capwords
// as Lib/string.py writes it, `(sep or ' ').join(map(str.capitalize, s.split(sep)))`, step by
// step in its frame (string.py:48), so that an error shows the same traceback.
#include "aiocc/py/string_module.h"

#include "aiocc/py/builtins.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "cpython_frames.h"

namespace aiocc::string_module {

Object attr(std::string_view name) {
  static const std::pair<const char*, const char*> kConstants[] = {
      {"ascii_letters", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"},
      {"ascii_lowercase", "abcdefghijklmnopqrstuvwxyz"},
      {"ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
      {"digits", "0123456789"},
      {"hexdigits", "0123456789abcdefABCDEF"},
      {"octdigits", "01234567"},
      {"printable", "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c"},
      {"punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"},
      {"whitespace", " \t\n\r\x0b\x0c"},
  };
  for (const auto& [n, v] : kConstants) {
    if (name == n) return py_str(v);
  }
  raise(&exc::AttributeError, "module 'string' has no attribute '" + std::string(name) + "'");
}

Object capwords(Args args, Kwargs kw) {
  Object v[2];
  bind_args("capwords", args, kw, {"s", "sep"}, v, 1);
  const Object sep = v[1].is_unbound() ? None : v[1];
  return cpython::run_in(&cpython::string_capwords, [&](PlainFrame& f) {
    f.pos = cpython::kCapwordsJoinAttr;
    Object join = aiocc::getattr(truthy(sep) ? sep : py_str(" "), "join");
    f.pos = cpython::kCapwordsSplitAttr;
    Object split = aiocc::getattr(v[0], "split");
    f.pos = cpython::kCapwordsSplitCall;
    Object words = call(split, {sep});
    Object capitalize = aiocc::getattr(Object(&types::str), "capitalize");
    Object mapped = call(builtin_value(builtins::map_fn), {capitalize, words});
    f.pos = cpython::kCapwordsJoinCall;
    return call(join, {mapped});
  });
}

BuiltinFunction capwords_fn("capwords", capwords, "string");

}  // namespace aiocc::string_module
