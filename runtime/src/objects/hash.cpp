// CPython's hashes of built-in values (see hash.h for why they must be CPython's exactly).
#include "aiocc/py/complex.h"
#include "aiocc/py/functools.h"
#include "aiocc/py/hash.h"

#include <cmath>
#include <functional>

#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"
#include "bytes_internal.h"

namespace aiocc {

namespace {
// long_hash for ints beyond 64 bits: |v| modulo 2**61 - 1, with v's sign.
int64_t hash_bigint(const mpz_t v) {
  int64_t h = static_cast<int64_t>(mpz_tdiv_ui(v, hashing::kModulus));
  if (mpz_sgn(v) < 0) h = -h;
  return h == -1 ? -2 : h;
}

// tuplehash: the xxHash-based mix of CPython 3.8 and later.
size_t hash_tuple(const std::vector<Object>& items) {
  constexpr uint64_t kPrime1 = 11400714785074694791ULL, kPrime2 = 14029467366897019727ULL,
                     kPrime5 = 2870177450012600261ULL;
  uint64_t acc = kPrime5;
  for (const Object& x : items) {
    uint64_t lane = py_hash(x);
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  // The length, mangled to keep hash(()) what it was before 3.8.
  acc += items.size() ^ (kPrime5 ^ 3527539ULL);
  return acc == static_cast<uint64_t>(-1) ? 1546275796 : acc;
}

// frozenset_hash: an order-independent xor of every entry's shuffled hash, then dispersed.
// CPython xors in empty and dummy slots too and then cancels them out; only live ones remain.
size_t hash_frozenset(SetObject* s) {
  if (s->hash_cache != -1) return static_cast<size_t>(s->hash_cache);
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t h = 0;
  for (size_t i = 0; i <= s->mask; ++i) {
    if (s->table[i].live()) h ^= shuffle(s->table[i].hash);
  }
  h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (h == static_cast<uint64_t>(-1)) h = 590923713ULL;
  s->hash_cache = static_cast<int64_t>(h);
  return h;
}
}  // namespace

// _Py_HashDouble: the value modulo 2**61 - 1 as a fraction m * 2**e, reduced 28 bits at a time.
int64_t hash_double(double v) {
  if (std::isinf(v)) return v > 0 ? hashing::kInf : -hashing::kInf;
  if (std::isnan(v)) return 0;  // CPython hashes a NaN by its address, which has no analogue here
  // Integral values hash like the equal int (the result is the same; this is just faster).
  if (std::trunc(v) == v && std::fabs(v) < 9.2e18) return hash_int64(static_cast<int64_t>(v));
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & hashing::kModulus) | x >> (hashing::kBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= hashing::kModulus) x -= hashing::kModulus;
  }
  e = e >= 0 ? e % hashing::kBits : hashing::kBits - 1 - ((-1 - e) % hashing::kBits);
  x = ((x << e) & hashing::kModulus) | x >> (hashing::kBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
  return static_cast<int64_t>(x);
}

size_t py_hash_slow(const Object& o) {
  switch (o.tag()) {
    case Tag::Unbound:
    case Tag::None: return 0x5bd1e995;
    case Tag::Bool: return o.as_bool();
    case Tag::Int: return static_cast<size_t>(hash_int64(o.as_int()));
    case Tag::Float: return static_cast<size_t>(hash_double(o.as_float()));
    case Tag::Heap: break;
  }
  HeapObject* h = o.heap();
  switch (h->kind) {
    case HeapObject::Kind::Instance: return user_hash(o);
    case HeapObject::Kind::Other:
      if (is_user_exception(o)) return user_hash(o);
      break;
    case HeapObject::Kind::Str: {
      auto* str = static_cast<StrObject*>(h);
      if (str->hash == 0) {
        // Stable, odd (so never 0, the "not computed" mark) and never -1.
        size_t v = std::hash<std::string>{}(str->s) | 1;
        str->hash = v == static_cast<size_t>(-1) ? static_cast<size_t>(-3) : v;
      }
      return str->hash;
    }
    case HeapObject::Kind::Bytes: return bytes_hash(*static_cast<BytesObject*>(h));
    case HeapObject::Kind::Tuple: return hash_tuple(static_cast<TupleObject*>(h)->items);
    case HeapObject::Kind::Set: {
      auto* s = static_cast<SetObject*>(h);
      if (s->frozen) return hash_frozenset(s);
      raise(&exc::TypeError, "unhashable type: 'set'");
    }
    default: break;
  }
  if (auto* b = dynamic_cast<BigInt*>(h)) return static_cast<size_t>(hash_bigint(b->v));
  if (auto* c = dynamic_cast<ComplexObject*>(h)) return static_cast<size_t>(complex_hash(*c));
  TypeObject* ty = h->type();
  if (ty == &types::list || ty == &types::dict || ty == &types::bytearray || ty == &types::slice ||
      ty == &types::dict_keys || ty == &types::dict_items) {
    raise(&exc::TypeError, "unhashable type: '" + ty->name + "'");
  }
  if (ty == &functools::key_wrapper_type) raise(&exc::TypeError, "unhashable type: 'functools.KeyWrapper'");
  if (ty == &types::range) {  // range_hash: equal ranges hash alike, by (len, start, step)
    auto* r = static_cast<RangeObject*>(h);
    if (r->is_long) {
      const Object n = r->length_obj();
      if (eq(n, Object::from_int(0))) return hash_tuple({n, None, None});
      if (eq(n, Object::from_int(1))) return hash_tuple({n, r->start_obj(), None});
      return hash_tuple({n, r->start_obj(), r->step_obj()});
    }
    const int64_t n = r->length();
    if (n == 0) return hash_tuple({Object::from_int(0), None, None});
    if (n == 1) return hash_tuple({Object::from_int(1), Object::from_int(r->start), None});
    return hash_tuple({Object::from_int(n), Object::from_int(r->start), Object::from_int(r->step)});
  }
  return hash_pointer(h);
}

}  // namespace aiocc
