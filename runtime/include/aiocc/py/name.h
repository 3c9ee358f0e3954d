// Interned names. Every attribute and method name in a program is a Name, fixed at compile time
// (the generated code interns its names once, at start-up): comparing two names is comparing
// pointers, and each name carries its str object and hash, so nothing is hashed or allocated
// when a name is looked up.
//
// The special methods the object model dispatches on (`__add__`, `__eq__`, `__len__`, …) are
// numbered Slots: a class caches, per slot, what its MRO resolves that name to (CPython's type
// slots), so `a + b` on user objects is one array load, not a lookup by string.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "aiocc/py/object.h"

namespace aiocc {

struct Name {
  std::string text;
  size_t hash;
  Object str;  // the interned str object
  int slot;    // the Slot this name fills, or -1
};

// Returns the one Name for `text`; references stay valid for the whole program.
const Name& intern(std::string_view text);

// Special methods, in the order of kSlotNames (runtime/src/objects/name.cpp).
enum class Slot : uint8_t {
  add, radd, iadd, sub, rsub, isub, mul, rmul, imul, truediv, rtruediv, itruediv,
  floordiv, rfloordiv, ifloordiv, mod, rmod, imod, pow, rpow, ipow, lshift, rlshift, ilshift,
  rshift, rrshift, irshift, and_, rand, iand, or_, ror, ior, xor_, rxor, ixor, matmul, rmatmul,
  imatmul, divmod, rdivmod, idivmod_,
  eq, ne, lt, le, gt, ge,
  neg, pos, invert, abs,
  hash, bool_, len, getitem, setitem, delitem, contains, iter, next, call, repr, str, format,
  index, int_, float_, getattr, getattribute, setattr, delattr, init, get, set, delete_,
  set_name, missing, reversed, del_,
  count
};
constexpr int kSlotCount = static_cast<int>(Slot::count);
const Name& slot_name(Slot s);

}  // namespace aiocc
