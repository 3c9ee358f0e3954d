// bytes and bytearray: the objects, their constructors and type objects, and what the generic
// operations (ops.cpp, subscripts.cpp, iteration, hash) call for them, with CPython 3.11's
// messages (Objects/bytesobject.c, bytearrayobject.c). The methods are in bytes_methods.cpp,
// the codecs in codecs.cpp.
#include <algorithm>
#include <memory>
#include <cstdint>
#include <new>

#include "aiocc/py/bytes.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "bytes_internal.h"
#include "internal.h"

namespace aiocc {
namespace {

std::string tname(const Object& o) { return type_of(o)->name; }

// An int argument (PyNumber_AsSsize_t), or nothing when `o` has no __index__.
bool index_arg(const Object& o, int64_t& v) {
  if (detail::small(o, v)) return true;
  if (o.is_float() || (!is_int(o) && !is_user(o))) return false;
  if (is_user(o)) {
    try {
      Object i = number_index(o);
      if (detail::small(i, v)) return true;
      raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::TypeError)) throw;
      return false;
    }
  }
  raise(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
}

// The bytes of an iterable of ints (`plural`: bytes() says "bytes must be in range").
std::string bytes_from_iterable(const Object& x, bool plural) {
  std::string out;
  for (const Object& item : to_vector(x)) {
    int64_t v;
    if (!index_arg(item, v))
      raise(&exc::TypeError, "'" + tname(item) + "' object cannot be interpreted as an integer");
    if (v < 0 || v > 255)
      raise(&exc::ValueError, plural ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
    out += static_cast<char>(v);
  }
  return out;
}

// bytes(source, encoding, errors) / bytearray(...): CPython's bytes_new and bytearray___init__.
std::string construct_data(const char* what, const Object* a) {
  const Object &x = a[0], &encoding = a[1], &errors = a[2];
  const bool has_enc = !encoding.is_unbound(), has_err = !errors.is_unbound();
  const std::string fname = std::string(what) + "()";
  auto check_str = [&](const Object& o, const char* name) {
    if (!o.is_unbound() && !is_str(unwrap(o)))
      raise(&exc::TypeError, fname + " argument '" + name + "' must be str, not " +
                                 (o.is_none() ? "None" : tname(o)));
  };
  check_str(encoding, "encoding");
  check_str(errors, "errors");
  if (x.is_unbound()) {
    if (has_enc || has_err)
      raise(&exc::TypeError, has_enc ? "encoding without a string argument"
                                     : "errors without a string argument");
    return "";
  }
  // bytes(x) for an object whose class defines __bytes__ (bytes_new; bytearray has no such).
  std::string data;
  if (!has_enc && !has_err && what[4] == 's' && dunder_bytes(x, data)) return data;
  const bool text = is_str(unwrap(x));
  if (text && has_enc) return encode_text(str_value(unwrap(x)), encoding, errors, fname.c_str());
  if (text) raise(&exc::TypeError, "string argument without an encoding");
  if (has_enc || has_err)
    raise(&exc::TypeError, has_enc ? "encoding without a string argument"
                                   : "errors without a string argument");
  return bytes_of(x, what);
}

Object construct_bytes_impl(const Object&, const Object* a, Args, Kwargs) {
  return py_bytes(construct_data("bytes", a));
}
Object construct_bytearray_impl(const Object&, const Object* a, Args, Kwargs) {
  return py_bytearray(construct_data("bytearray", a));
}

Object construct_str_impl(const Object&, const Object* a, Args, Kwargs) {
  if (a[1].is_unbound() && a[2].is_unbound()) return a[0].is_unbound() ? py_str("") : py_str(str(a[0]));
  if (a[0].is_unbound()) return py_str("");
  const Object& v = unwrap(a[0]);
  if (is_str(v)) raise(&exc::TypeError, "decoding str is not supported");
  if (!is_bytes_like(v)) {
    raise(&exc::TypeError, "decoding to str: need a bytes-like object, " + tname(a[0]) + " found");
  }
  return py_str(decode_bytes(bytes_data(v), a[1], a[2], "str()"));
}

using P = Param;
constexpr MethodDef kBytesNew[] = {
    {"bytes", construct_bytes_impl, ArgStyle::Keywords,
     {P{"source", P::Absent}, P{"encoding", P::Absent}, P{"errors", P::Absent}}, 3},
    {"bytearray", construct_bytearray_impl, ArgStyle::Keywords,
     {P{"source", P::Absent}, P{"encoding", P::Absent}, P{"errors", P::Absent}}, 3},
    {"str", construct_str_impl, ArgStyle::Keywords,
     {P{"object", P::Absent}, P{"encoding", P::Absent}, P{"errors", P::Absent}}, 3},
};
constexpr MethodCatalog kNewCatalog{"type", kBytesNew};

Object construct_bytes(TypeObject*, Args args, Kwargs kw) {
  if (args.size() == 1 && kw.size() == 0 && is_bytes(args[0])) return args[0];
  return call_catalog_method(kNewCatalog, kBytesNew[0], None, args, kw);
}
Object construct_bytearray(TypeObject*, Args args, Kwargs kw) {
  return call_catalog_method(kNewCatalog, kBytesNew[1], None, args, kw);
}

// A slice of `len` items: start, step and count (PySlice_AdjustIndices).
struct Sel {
  int64_t start, step, count;
};
Sel select(const Object& index, int64_t len) {
  const auto b = slice_bounds(*index.as<SliceObject>(), len);
  return {b.start, b.step, b.count};
}
bool is_slice(const Object& o) { return o.is_heap() && o.heap()->type() == &types::slice; }

// An index into a bytes-like value of `len`, made non-negative; `what` words the errors.
int64_t item_index(const Object& o, const Object& index, int64_t len, const char* range_msg) {
  int64_t i;
  if (!index_arg(index, i)) {
    raise(&exc::TypeError, std::string(is_bytes(o) ? "byte" : "bytearray") +
                               " indices must be integers or slices, not " + tname(index));
  }
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise(&exc::IndexError, range_msg);
  return i;
}

}  // namespace

namespace types {
TypeObject bytes("bytes", &object, construct_bytes);
TypeObject bytearray("bytearray", &object, construct_bytearray);
}  // namespace types

TypeObject* BytesObject::type() const { return &types::bytes; }
TypeObject* ByteArrayObject::type() const { return &types::bytearray; }
std::string BytesObject::repr() const { return bytes_repr(data); }
std::string ByteArrayObject::repr() const { return "bytearray(" + bytes_repr(data, true) + ")"; }

Object py_bytes(std::string s) { return make<BytesObject>(std::move(s)); }
Object py_bytearray(std::string s) { return make<ByteArrayObject>(std::move(s)); }

std::string bytes_repr(const std::string& s, bool escape_single_quote) {
  const char q = s.find('\'') != std::string::npos && s.find('"') == std::string::npos ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char c : s) {
    if (c == static_cast<unsigned char>(q) || c == '\\' || (escape_single_quote && c == '\'')) {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      static const char hex[] = "0123456789abcdef";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + q;
}

// ---- arguments -------------------------------------------------------------------------------

const std::string& buffer_arg(const Object& o) {
  const Object& v = unwrap(o);
  if (!is_bytes_like(v))
    raise(&exc::TypeError, "a bytes-like object is required, not '" + tname(o) + "'");
  return bytes_data(v);
}

unsigned char byte_arg(const Object& o) {
  int64_t v;
  if (!index_arg(o, v))
    raise(&exc::TypeError, "'" + tname(o) + "' object cannot be interpreted as an integer");
  if (v < 0 || v > 255) raise(&exc::ValueError, "byte must be in range(0, 256)");
  return static_cast<unsigned char>(v);
}

bool dunder_bytes(const Object& v, std::string& out) {
  if (!is_user(v)) return false;
  const Object* f = user_class_lookup(type_of(v), "__bytes__");
  if (!f) return false;
  Object r = call_with_self(*f, v, {}, {});
  if (!is_bytes(unwrap(r))) raise(&exc::TypeError, "__bytes__ returned non-bytes (type " + tname(r) + ")");
  out = bytes_data(unwrap(r));
  return true;
}

std::string bytes_of(const Object& x, const char* what) {
  const Object& v = unwrap(x);
  if (is_bytes_like(v)) return bytes_data(v);
  int64_t n;
  if (index_arg(x, n)) {
    if (n < 0) raise(&exc::ValueError, "negative count");
    return std::string(static_cast<size_t>(n), '\0');
  }
  if (!is_iterable(x)) {
    raise(&exc::TypeError, "cannot convert '" + tname(x) + "' object to " + what);
  }
  return bytes_from_iterable(x, what[4] == 's');
}

// ---- operators -------------------------------------------------------------------------------

Object bytes_concat(const Object& a, const Object& b) {
  const Object& w = unwrap(b);
  if (!is_bytes_like(w))
    raise(&exc::TypeError, "can't concat " + tname(b) + " to " + tname(a));
  std::string out = bytes_data(a) + bytes_data(w);
  return is_bytes(a) ? py_bytes(std::move(out)) : py_bytearray(std::move(out));
}

Object bytes_repeat(const Object& seq, int64_t n) {
  const std::string& s = bytes_data(seq);
  if (is_bytes(seq) && n == 1) return seq;
  std::string out;
  if (n > 0) {
    if (s.size() > static_cast<size_t>(INT64_MAX / 64 / n)) throw std::bad_alloc();  // repeat_seq: MemoryError
    out.reserve(s.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) out += s;
  }
  return is_bytes(seq) ? py_bytes(std::move(out)) : py_bytearray(std::move(out));
}

Object bytearray_inplace_concat(const Object& a, const Object& b) {
  const Object& w = unwrap(b);
  if (!is_bytes_like(w))
    raise(&exc::TypeError, "can't concat " + tname(b) + " to " + tname(a));
  bytes_data(a) += std::string(bytes_data(w));  // a copy first: `a += a`
  return a;
}

Object bytearray_inplace_repeat(const Object& a, const Object& n) {
  int64_t k;
  if (!index_arg(n, k))
    raise(&exc::TypeError, "can't multiply sequence by non-int of type '" + tname(n) + "'");
  std::string& s = bytes_data(a);
  const std::string piece = s;
  s.clear();
  for (int64_t i = 0; i < k; ++i) s += piece;
  return a;
}

int bytes_compare(const Object& a, const Object& b) {
  const int c = bytes_data(a).compare(bytes_data(b));
  return (c > 0) - (c < 0);
}

bool bytes_contains(const Object& c, const Object& item) {
  const std::string& s = bytes_data(c);
  int64_t v;
  if (index_arg(item, v)) {
    if (v < 0 || v > 255) raise(&exc::ValueError, "byte must be in range(0, 256)");
    return s.find(static_cast<char>(v)) != std::string::npos;
  }
  return s.find(buffer_arg(item)) != std::string::npos;
}

Object bytes_getitem(const Object& o, const Object& index) {
  const std::string& s = bytes_data(o);
  const int64_t len = static_cast<int64_t>(s.size());
  if (is_slice(index)) {
    const Sel sel = select(index, len);
    if (is_bytes(o) && sel.step == 1 && sel.count == len) return o;  // b[:] is b
    std::string out;
    if (sel.step == 1) {
      out = s.substr(static_cast<size_t>(sel.start), static_cast<size_t>(sel.count));
    } else {
      for (int64_t i = 0, j = sel.start; i < sel.count; ++i, j += sel.step) out += s[j];
    }
    return is_bytes(o) ? py_bytes(std::move(out)) : py_bytearray(std::move(out));
  }
  const int64_t i =
      item_index(o, index, len, is_bytes(o) ? "index out of range" : "bytearray index out of range");
  return Object::from_int(static_cast<unsigned char>(s[i]));
}

void bytearray_setitem(const Object& o, const Object& index, const Object& value) {
  std::string& s = bytes_data(o);
  const int64_t len = static_cast<int64_t>(s.size());
  if (!is_slice(index)) {
    const int64_t i = item_index(o, index, len, "bytearray index out of range");
    s[i] = static_cast<char>(byte_arg(value));
    return;
  }
  // The new bytes: a buffer, or an iterable of ints (not a str, not an int).
  std::string src;
  const Object& v = unwrap(value);
  if (is_bytes_like(v)) {
    src = bytes_data(v);
  } else if (is_str(v) || !is_iterable(value)) {
    raise(&exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  } else {
    src = bytes_from_iterable(value, false);
  }
  const Sel sel = select(index, len);
  if (sel.step == 1) {
    s.replace(static_cast<size_t>(sel.start), static_cast<size_t>(sel.count), src);
    return;
  }
  if (static_cast<int64_t>(src.size()) != sel.count) {
    raise(&exc::ValueError, "attempt to assign bytes of size " + std::to_string(src.size()) +
                                " to extended slice of size " + std::to_string(sel.count));
  }
  for (int64_t i = 0, j = sel.start; i < sel.count; ++i, j += sel.step) s[j] = src[i];
}

void bytearray_delitem(const Object& o, const Object& index) {
  std::string& s = bytes_data(o);
  const int64_t len = static_cast<int64_t>(s.size());
  if (!is_slice(index)) {
    s.erase(static_cast<size_t>(item_index(o, index, len, "bytearray index out of range")), 1);
    return;
  }
  const Sel sel = select(index, len);
  std::vector<bool> gone(s.size(), false);
  for (int64_t i = 0, j = sel.start; i < sel.count; ++i, j += sel.step) gone[j] = true;
  std::string kept;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!gone[i]) kept += s[i];
  }
  s = std::move(kept);
}

Object bytes_iterator(const Object& o) {
  static TypeObject bytes_it("bytes_iterator", &types::object, nullptr),
      bytearray_it("bytearray_iterator", &types::object, nullptr);
  // A bytearray's iterator reads the live buffer, as CPython's does.
  auto i = std::make_shared<size_t>(0);
  return lazy_iterator(is_bytes(o) ? &bytes_it : &bytearray_it, [o, i](Object& out) {
    const std::string& s = bytes_data(o);
    if (*i >= s.size()) return false;
    out = Object::from_int(static_cast<unsigned char>(s[(*i)++]));
    return true;
  }, nullptr, {{"__length_hint__", [o, i] {
    const size_t n = bytes_data(o).size();
    return py_int(static_cast<int64_t>(*i < n ? n - *i : 0));
  }}});
}

Object construct_str_decoding(Args args, Kwargs kw) {
  return call_catalog_method(kNewCatalog, kBytesNew[2], None, args, kw);
}

size_t bytes_hash(const BytesObject& b) {
  if (b.hash == 0) {
    // The same as a str of the same bytes (so hash(b'abc') == hash('abc'), as in CPython).
    size_t v = std::hash<std::string>{}(b.data) | 1;
    b.hash = v == static_cast<size_t>(-1) ? static_cast<size_t>(-3) : v;
  }
  return b.hash;
}

// ---- attributes ------------------------------------------------------------------------------

Object BytesLike::getattr(const Object& self, std::string_view name) {
  const MethodCatalog& cat = is_bytes(self) ? bytes_catalog() : bytearray_catalog();
  if (Object m = catalog_bound_method(cat, self, name); !m.is_unbound()) return m;
  return HeapObject::getattr(self, name);
}

Object BytesLike::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  const MethodCatalog& cat = is_bytes(self) ? bytes_catalog() : bytearray_catalog();
  if (const MethodDef* m = cat.find(name)) return call_catalog_method(cat, *m, self, args, kw);
  return HeapObject::call_method(self, name, args, kw);
}

}  // namespace aiocc
