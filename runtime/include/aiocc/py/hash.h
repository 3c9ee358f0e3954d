// hash: CPython's hash functions (Python/pyhash.c, Objects/longobject.c, tupleobject.c,
// setobject.c), because a set's iteration order is its table order, which the hashes decide.
// Numbers hash by their value modulo 2**61 - 1, so numbers that compare equal hash equal
// (1 == 1.0 == True, 2**64 == 2.0**64). A hash is a size_t holding CPython's Py_hash_t bits;
// -1 is never a hash (CPython reserves it for errors, and the set table marks dummies with it).
// str hashes are stable rather than randomized; None hashes to a constant (CPython's varies).
#pragma once

#include <cstddef>
#include <cstdint>

#include "aiocc/py/object.h"

namespace aiocc {

namespace hashing {
constexpr int kBits = 61;
constexpr uint64_t kModulus = (uint64_t(1) << kBits) - 1;
constexpr int64_t kInf = 314159;
}  // namespace hashing

// An int that fits in 64 bits: most are below the modulus and hash to themselves.
inline int64_t hash_int64(int64_t x) {
  constexpr int64_t m = static_cast<int64_t>(hashing::kModulus);
  if (x > -m && x < m) [[likely]] return x == -1 ? -2 : x;
  int64_t h = x % m;  // truncating, so the sign stays
  return h == -1 ? -2 : h;
}
int64_t hash_double(double d);
// _Py_HashPointer: an address rotated so that its always-zero low bits do not all land
// objects in the same few slots.
inline size_t hash_pointer(const void* p) {
  size_t y = reinterpret_cast<size_t>(p);
  y = (y >> 4) | (y << (8 * sizeof(size_t) - 4));
  return y == static_cast<size_t>(-1) ? static_cast<size_t>(-2) : y;
}

size_t py_hash_slow(const Object& o);
// Raises TypeError for unhashable values.
inline size_t py_hash(const Object& o) {
  if (o.is_small_int()) [[likely]] return static_cast<size_t>(hash_int64(o.as_int()));
  return py_hash_slow(o);
}

}  // namespace aiocc
