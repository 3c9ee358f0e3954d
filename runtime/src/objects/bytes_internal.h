// What the runtime's generic operations (ops, subscripts, iteration, hash, exceptions) call
// for bytes and bytearray operands, and the codecs str.encode shares: bytes.cpp, bytes_format.cpp,
// codecs.cpp.
#pragma once

#include <string>
#include <string_view>

#include "aiocc/py/bytes.h"
#include "method_catalog.h"

namespace aiocc {

// ---- operators (bytes.cpp) -------------------------------------------------------------------
// a + b with a bytes-like `a`.
Object bytes_concat(const Object& a, const Object& b);
Object bytes_repeat(const Object& seq, int64_t n);
// `a += b`, `a *= n` on a bytearray: in place.
Object bytearray_inplace_concat(const Object& a, const Object& b);
Object bytearray_inplace_repeat(const Object& a, const Object& n);
// -1/0/1 between two bytes-like values.
int bytes_compare(const Object& a, const Object& b);
bool bytes_contains(const Object& c, const Object& item);
Object bytes_getitem(const Object& o, const Object& index);
void bytearray_setitem(const Object& o, const Object& index, const Object& value);
void bytearray_delitem(const Object& o, const Object& index);
Object bytes_iterator(const Object& o);
size_t bytes_hash(const BytesObject& b);
// str(object, encoding, errors) (and str(object=...)): decodes a buffer.
Object construct_str_decoding(Args args, Kwargs kw);
// An attribute of the bytes or bytearray type object: fromhex, maketrans, unbound methods.

// `format % values` with a bytes-like `format` (PEP 461): bytes_format.cpp.
Object bytes_percent(const Object& format, const Object& values);

// ---- arguments (bytes.cpp) -------------------------------------------------------------------
// The bytes of a buffer argument, or "a bytes-like object is required, not 'int'".
const std::string& buffer_arg(const Object& o);
// An int argument that must be a byte: "byte must be in range(0, 256)".
unsigned char byte_arg(const Object& o);
// The bytes that bytes(x) / bytearray(x) make of one argument (`what` names the type).
std::string bytes_of(const Object& x, const char* what);
// What v.__bytes__() returns when v's class defines it (TypeError for a result that is not
// bytes): false when it does not.
bool dunder_bytes(const Object& v, std::string& out);

// ---- methods (bytes_methods.cpp) -------------------------------------------------------------
const MethodCatalog& bytes_catalog();
const MethodCatalog& bytearray_catalog();
Object bytes_static_method(TypeObject* t, std::string_view name);

// ---- codecs (codecs.cpp) ---------------------------------------------------------------------
// str.encode / bytes(str, encoding, errors): `encoding` and `errors` may be Unbound (defaults);
// `fname` names the function in the argument type errors.
std::string encode_text(const std::string& text, const Object& encoding, const Object& errors,
                        const char* fname);
// bytes.decode / str(bytes, encoding, errors).
std::string decode_bytes(const std::string& data, const Object& encoding, const Object& errors,
                         const char* fname);
// str() of a UnicodeEncodeError / UnicodeDecodeError made with CPython's five arguments.
std::string unicode_error_str(TypeObject* cls, const std::vector<Object>& args, bool& handled);

}  // namespace aiocc
