// _random.Random (aiocc/py/random.h): the Mersenne Twister MT19937 of Matsumoto and Nishimura,
// seeded and read out exactly as CPython's Modules/_randommodule.c does (init_by_array over
// the seed's 32-bit words, 53-bit floats from two outputs, getrandbits by words from the
// least significant), so a seed gives CPython's numbers.
#include "aiocc/py/random.h"

#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include <gmp.h>

#include "aiocc/py/builtins.h"
#include "aiocc/py/bytes.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/hash.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "internal.h"
#include "method_catalog.h"

namespace aiocc::random_module {
namespace {

constexpr int kN = 624, kM = 397;

struct Twister final : HeapObject {
  uint32_t mt[kN] = {};
  int index = 0;  // a new generator is all zeros until seeded (PyType_GenericNew)

  TypeObject* type() const override { return &random_type; }
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;

  uint32_t next() {
    if (index >= kN) twist();
    uint32_t y = mt[index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    return y ^ (y >> 18);
  }
  void twist() {
    auto mix = [&](int i, int next, int far) {
      uint32_t y = (mt[i] & 0x80000000U) | (mt[next] & 0x7fffffffU);
      mt[i] = mt[far] ^ (y >> 1) ^ ((y & 1U) ? 0x9908b0dfU : 0U);
    };
    for (int i = 0; i < kN; ++i) mix(i, (i + 1) % kN, (i + kM) % kN);
    index = 0;
  }
  void init_genrand(uint32_t s) {
    mt[0] = s;
    for (int i = 1; i < kN; ++i) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
    index = kN;
  }
  void init_by_array(const std::vector<uint32_t>& key) {
    init_genrand(19650218U);
    size_t i = 1, j = 0;
    for (size_t k = std::max<size_t>(kN, key.size()); k; --k) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
      if (++i >= kN) {
        mt[0] = mt[kN - 1];
        i = 1;
      }
      if (++j >= key.size()) j = 0;
    }
    for (size_t k = kN - 1; k; --k) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
      if (++i >= kN) {
        mt[0] = mt[kN - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000U;
  }
};

Twister& twister(const Object& self) {
  const Object& v = unwrap(self);
  auto* t = v.dyn<Twister>();
  if (!t) {
    raise(&exc::TypeError, "descriptor for '_random.Random' objects doesn't apply to a '" + type_of(self)->name + "' object");
  }
  return *t;
}

// The 32-bit words of |n|, least significant first (at least one); `n` an int.
std::vector<uint32_t> words_of(const Object& n) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(unwrap(n), z);
  mpz_abs(z, z);
  size_t count = 0;
  std::vector<uint32_t> w((mpz_sizeinbase(z, 2) + 31) / 32 + 1);
  mpz_export(w.data(), &count, -1, sizeof(uint32_t), 0, 0, z);
  mpz_clear(z);
  w.resize(std::max<size_t>(count, 1));
  return w;
}

void seed_from_os(Twister& t) {
  std::vector<uint32_t> key(kN);
  if (getrandom(key.data(), key.size() * sizeof(uint32_t), GRND_NONBLOCK) != static_cast<ssize_t>(key.size() * sizeof(uint32_t))) {
    // No entropy at hand: the time and the process id, as CPython's random_seed_time_pid.
    timespec now{}, mono{};
    clock_gettime(CLOCK_REALTIME, &now);
    clock_gettime(CLOCK_MONOTONIC, &mono);
    const uint64_t a = static_cast<uint64_t>(now.tv_sec) * 1000000000ULL + static_cast<uint64_t>(now.tv_nsec);
    const uint64_t b = static_cast<uint64_t>(mono.tv_sec) * 1000000000ULL + static_cast<uint64_t>(mono.tv_nsec);
    key = {static_cast<uint32_t>(a), static_cast<uint32_t>(a >> 32), static_cast<uint32_t>(getpid()),
           static_cast<uint32_t>(b), static_cast<uint32_t>(b >> 32)};
  }
  t.init_by_array(key);
}

// random_seed: None from the system, an int by its absolute value, anything else by its hash.
void seed(Twister& t, const Object& arg) {
  if (arg.is_unbound() || arg.is_none()) return seed_from_os(t);
  if (is_int(arg)) return t.init_by_array(words_of(arg));
  const uint64_t h = static_cast<uint64_t>(py_hash(arg));
  std::vector<uint32_t> key{static_cast<uint32_t>(h)};
  if (h >> 32) key.push_back(static_cast<uint32_t>(h >> 32));
  t.init_by_array(key);
}

Object m_random(const Object& self, const Object*, Args, Kwargs) {
  Twister& t = twister(self);
  const uint32_t a = t.next() >> 5, b = t.next() >> 6;
  return Object::from_float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Object m_seed(const Object& self, const Object* argv, Args, Kwargs) {
  seed(twister(self), argv[0]);
  return None;
}

Object m_getstate(const Object& self, const Object*, Args, Kwargs) {
  Twister& t = twister(self);
  std::vector<Object> items;
  items.reserve(kN + 1);
  for (uint32_t w : t.mt) items.push_back(py_int(w));
  items.push_back(py_int(t.index));
  return py_tuple(std::move(items));
}

// PyLong_AsUnsignedLong and PyLong_AsLong, with their texts.
uint64_t as_unsigned_long(const Object& o) {
  if (!is_int(o)) raise(&exc::TypeError, "an integer is required");
  mpz_t z;
  mpz_init(z);
  int_to_mpz(unwrap(o), z);
  const int sign = mpz_sgn(z);
  const size_t bits = mpz_sizeinbase(z, 2);
  mpz_clear(z);
  if (sign < 0) raise(&exc::OverflowError, "can't convert negative value to unsigned int");
  if (bits > 64) raise(&exc::OverflowError, "Python int too large to convert to C unsigned long");
  std::vector<uint32_t> w = words_of(o);
  return w.size() > 1 ? (static_cast<uint64_t>(w[1]) << 32) | w[0] : w[0];
}

Object m_setstate(const Object& self, const Object* argv, Args, Kwargs) {
  Twister& t = twister(self);
  TupleObject* st = as_tuple(argv[0]);
  if (!st) raise(&exc::TypeError, "state vector must be a tuple");
  if (st->items.size() != kN + 1) raise(&exc::ValueError, "state vector is the wrong size");
  uint32_t fresh[kN];
  for (int i = 0; i < kN; ++i) fresh[i] = static_cast<uint32_t>(as_unsigned_long(st->items[i]));
  const Object& last = st->items[kN];
  if (!is_int(last)) raise(&exc::TypeError, "an integer is required");
  int64_t index;
  if (!aiocc::detail::small(unwrap(last), index)) raise(&exc::OverflowError, "Python int too large to convert to C long");
  if (index < 0 || index > kN) raise(&exc::ValueError, "invalid state");
  std::copy(fresh, fresh + kN, t.mt);
  t.index = static_cast<int>(index);
  return None;
}

Object m_getrandbits(const Object& self, const Object* argv, Args, Kwargs) {
  Twister& t = twister(self);
  int64_t k;
  if (!aiocc::detail::small(argv[0], k) || k > INT32_MAX || k < INT32_MIN) {
    raise(&exc::OverflowError, "Python int too large to convert to C int");
  }
  if (k < 0) raise(&exc::ValueError, "number of bits must be non-negative");
  if (k == 0) return py_int(0);
  if (k <= 32) return py_int(t.next() >> (32 - k));
  std::vector<uint32_t> w(static_cast<size_t>((k - 1) / 32 + 1));
  for (size_t i = 0; i < w.size(); ++i, k -= 32) {
    uint32_t r = t.next();
    if (k < 32) r >>= 32 - k;
    w[i] = r;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, w.size(), -1, sizeof(uint32_t), 0, 0, w.data());
  Object out = int_from_mpz(z);
  mpz_clear(z);
  return out;
}

constexpr MethodDef kMethods[] = {
    {"getrandbits", m_getrandbits, ArgStyle::OneArg, {Param{"k", Param::Required, 0, Param::Index}}, 1},
    {"getstate", m_getstate},
    {"random", m_random},
    {"seed", m_seed, ArgStyle::Positional, {Param{"n", Param::None}}, 1},
    {"setstate", m_setstate, ArgStyle::OneArg, {Param{"state"}}, 1},
};
static_assert(sorted_by_name(kMethods));
constexpr MethodCatalog kCatalog{"Random", kMethods};

Object Twister::getattr(const Object& self, std::string_view name) {
  if (Object m = catalog_bound_method(kCatalog, self, name); !m.is_unbound()) return m;
  return HeapObject::getattr(self, name);
}

Object Twister::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (const MethodDef* m = kCatalog.find(name)) return call_catalog_method(kCatalog, *m, self, args, kw);
  return HeapObject::call_method(self, name, args, kw);
}

// random_init (tp_init): no keywords, at most one argument, the seed.
void init(const Object& value, Args args, Kwargs kw) {
  if (kw.size()) raise(&exc::TypeError, "Random() takes no keyword arguments");
  if (args.size() > 1) raise(&exc::TypeError, "Random() requires 0 or 1 argument");
  seed(*value.as<Twister>(), args.size() ? args[0] : None);
}

Object make_empty(TypeObject*) { return make<Twister>(); }

Object construct(TypeObject* t, Args args, Kwargs kw) {
  Object r = make_empty(t);
  init(r, args, kw);
  return r;
}

}  // namespace

TypeObject random_type("Random", &types::object, construct, "_random");
namespace {
const bool kHalves = (random_type.make_empty = make_empty, random_type.init = init, true);
}  // namespace

}  // namespace aiocc::random_module
