// _aiocc.hash_new (aiocc/py/private_module.h): the hash objects of aiocc's hashlib
// (runtime/lib/hashlib.py), on OpenSSL's EVP digests as CPython's _hashlib: `_hashlib.HASH`,
// `_hashlib.HASHXOF` for the SHAKEs (digest(length)), and `_blake2.blake2b`/`blake2s` with their
// default parameters.
#include <openssl/evp.h>

#include "aiocc/py/builtins.h"
#include "aiocc/py/bytes.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/private_module.h"
#include "aiocc/py/str.h"
#include "internal.h"
#include "method_catalog.h"

namespace aiocc::private_module {
namespace {

struct Algorithm {
  const char* python;   // hashlib's name
  const char* openssl;  // EVP's
};
constexpr Algorithm kAlgorithms[] = {
    {"md5", "MD5"},           {"sha1", "SHA1"},         {"sha224", "SHA224"},     {"sha256", "SHA256"},
    {"sha384", "SHA384"},     {"sha512", "SHA512"},     {"sha512_224", "SHA512-224"},
    {"sha512_256", "SHA512-256"},                       {"sha3_224", "SHA3-224"}, {"sha3_256", "SHA3-256"},
    {"sha3_384", "SHA3-384"}, {"sha3_512", "SHA3-512"}, {"shake_128", "SHAKE128"}, {"shake_256", "SHAKE256"},
    {"blake2b", "BLAKE2B-512"}, {"blake2s", "BLAKE2S-256"}, {"md5-sha1", "MD5-SHA1"}, {"sm3", "SM3"},
    {"ripemd160", "RIPEMD160"},
};

TypeObject hash_type("HASH", &types::object, nullptr, "_hashlib");
TypeObject hashxof_type("HASHXOF", &types::object, nullptr, "_hashlib");
Object construct_blake2(TypeObject* t, Args args, Kwargs kw);
TypeObject blake2b_type("blake2b", &types::object, construct_blake2, "_blake2");
TypeObject blake2s_type("blake2s", &types::object, construct_blake2, "_blake2");

struct HashObject final : HeapObject {
  std::string name;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  TypeObject* kind = &hash_type;
  ~HashObject() override { EVP_MD_CTX_free(ctx); }
  TypeObject* type() const override { return kind; }
  bool xof() const { return kind == &hashxof_type; }
  Object getattr(const Object& self, std::string_view attr) override;
  Object call_method(const Object& self, std::string_view attr, Args args, Kwargs kw) override;
};

HashObject& hash_of(const Object& self) { return *self.as<HashObject>(); }

// The bytes to hash, with _hashlib's texts for a str and for what is not a buffer.
const std::string& data_of(const Object& o) {
  if (is_str(o)) raise(&exc::TypeError, "Strings must be encoded before hashing");
  if (!is_bytes_like(o)) raise(&exc::TypeError, "object supporting the buffer API required");
  return bytes_data(o);
}

std::string final_digest(HashObject& h, int64_t length) {
  EVP_MD_CTX* copy = EVP_MD_CTX_new();
  EVP_MD_CTX_copy_ex(copy, h.ctx);
  std::string out;
  if (h.xof()) {
    out.resize(static_cast<size_t>(length));
    if (length > 0) EVP_DigestFinalXOF(copy, reinterpret_cast<unsigned char*>(out.data()), out.size());
  } else {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_DigestFinal_ex(copy, md, &n);
    out.assign(reinterpret_cast<const char*>(md), n);
  }
  EVP_MD_CTX_free(copy);
  return out;
}

// The length of a SHAKE digest; 3.11 checks nothing, so a negative length meets the failures of
// the allocation (hexdigest) or of PyBytes_FromStringAndSize (digest).
int64_t xof_length(const Object* argv, bool hex) {
  int64_t n = 0;
  if (!aiocc::detail::small(argv[0], n)) raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
  if (n < 0 && !hex) raise(&exc::SystemError, "Negative size passed to PyBytes_FromStringAndSize");
  if (n < 0 || n >= (int64_t{1} << 36)) raise_exc(new_exception(&exc::MemoryError, std::vector<Object>{}));
  return n;
}

std::string hex(const std::string& bytes) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

Object m_update(const Object& self, const Object* argv, Args, Kwargs) {
  const std::string& data = data_of(argv[0]);
  EVP_DigestUpdate(hash_of(self).ctx, data.data(), data.size());
  return None;
}
Object m_digest(const Object& self, const Object*, Args, Kwargs) { return py_bytes(final_digest(hash_of(self), 0)); }
Object m_hexdigest(const Object& self, const Object*, Args, Kwargs) { return py_str(hex(final_digest(hash_of(self), 0))); }
Object m_xof_digest(const Object& self, const Object* argv, Args, Kwargs) {
  return py_bytes(final_digest(hash_of(self), xof_length(argv, false)));
}
Object m_xof_hexdigest(const Object& self, const Object* argv, Args, Kwargs) {
  return py_str(hex(final_digest(hash_of(self), xof_length(argv, true))));
}
Object m_copy(const Object& self, const Object*, Args, Kwargs) {
  HashObject& h = hash_of(self);
  Object out = make<HashObject>();
  auto* c = out.as<HashObject>();
  c->name = h.name;
  c->kind = h.kind;
  EVP_MD_CTX_copy_ex(c->ctx, h.ctx);
  return out;
}

constexpr MethodDef kMethods[] = {
    {"copy", m_copy},
    {"digest", m_digest},
    {"hexdigest", m_hexdigest},
    {"update", m_update, ArgStyle::OneArg, {Param{"obj"}}, 1},
};
static_assert(sorted_by_name(kMethods));
constexpr MethodCatalog kCatalog{"HASH", kMethods};

constexpr MethodDef kXofMethods[] = {
    {"copy", m_copy},
    {"digest", m_xof_digest, ArgStyle::Keywords, {Param{"length", Param::Required, 0, Param::Index}}, 1},
    {"hexdigest", m_xof_hexdigest, ArgStyle::Keywords, {Param{"length", Param::Required, 0, Param::Index}}, 1},
    {"update", m_update, ArgStyle::OneArg, {Param{"obj"}}, 1},
};
static_assert(sorted_by_name(kXofMethods));
constexpr MethodCatalog kXofCatalog{"HASHXOF", kXofMethods};

Object HashObject::getattr(const Object& self, std::string_view attr) {
  if (attr == "name") return py_str(name);
  if (attr == "digest_size") return py_int(xof() ? 0 : EVP_MD_CTX_get_size(ctx));
  if (attr == "block_size") return py_int(EVP_MD_CTX_get_block_size(ctx));
  if (Object m = catalog_bound_method(xof() ? kXofCatalog : kCatalog, self, attr); !m.is_unbound()) return m;
  return HeapObject::getattr(self, attr);
}

Object HashObject::call_method(const Object& self, std::string_view attr, Args args, Kwargs kw) {
  const MethodCatalog& cat = xof() ? kXofCatalog : kCatalog;
  if (const MethodDef* m = cat.find(attr)) return call_catalog_method(cat, *m, self, args, kw);
  return HeapObject::call_method(self, attr, args, kw);
}

EVP_MD* fetch(const char* python_name) {
  for (const Algorithm& a : kAlgorithms) {
    if (std::string_view(a.python) == python_name) return EVP_MD_fetch(nullptr, a.openssl, nullptr);
  }
  return nullptr;
}

Object new_hash(const std::string& name, EVP_MD* md, const Object& data) {
  Object out = make<HashObject>();
  auto* h = out.as<HashObject>();
  h->name = name;
  if (name == "shake_128" || name == "shake_256") h->kind = &hashxof_type;
  if (name == "blake2b") h->kind = &blake2b_type;
  if (name == "blake2s") h->kind = &blake2s_type;
  EVP_DigestInit_ex(h->ctx, md, nullptr);
  EVP_MD_free(md);
  if (!data.is_none() && !data.is_unbound()) {
    const std::string& bytes = data_of(data);
    EVP_DigestUpdate(h->ctx, bytes.data(), bytes.size());
  }
  return out;
}

// _blake2.blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1, ...):
// OpenSSL's BLAKE2 has the default parameters only; others are refused.
Object construct_blake2(TypeObject* t, Args args, Kwargs kw) {
  Object v[13];
  clinic_bind(t->name.c_str(), {"data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
                                "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"},
              1, 0, args, kw, v);
  const bool big = t == &blake2b_type;
  const int64_t defaults[] = {big ? 64 : 32, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0};
  for (int i = 1; i < 12; ++i) {
    if (v[i].is_unbound()) continue;
    int64_t n = 0;
    const bool plain = (i >= 2 && i <= 4) ? is_bytes_like(v[i]) && bytes_data(v[i]).empty()
                                          : aiocc::detail::small(v[i], n) && n == defaults[i - 1];
    if (!plain) raise(&exc::NotImplementedError, "aiocc's hashlib: " + t->name + " with parameters other than the defaults");
  }
  return new_hash(t->name, EVP_MD_fetch(nullptr, big ? "BLAKE2B-512" : "BLAKE2S-256", nullptr), v[0]);
}

}  // namespace

// hash_new(name, data): a hash object of the algorithm hashlib names `name`, fed `data`; None
// when this OpenSSL lacks it.
Object hash_new(Args args, Kwargs kw) {
  Object v[2];
  clinic_bind("hash_new", {"name", "data"}, 2, 2, args, kw, v);
  const std::string& name = str_value(v[0]);
  EVP_MD* md = fetch(name.c_str());
  if (!md) return None;
  return new_hash(name, md, v[1]);
}

// blake2(name): the type _blake2.blake2b or blake2s.
Object blake2_type(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("blake2_type", {"name"}, 1, 1, args, kw, v);
  return Object(str_value(v[0]) == "blake2b" ? &blake2b_type : &blake2s_type);
}

// hash_available(): the names of hash_new's algorithms this OpenSSL has.
Object hash_available(Args args, Kwargs kw) {
  clinic_bind("hash_available", {}, 0, 0, args, kw, nullptr);
  std::vector<Object> names;
  for (const Algorithm& a : kAlgorithms) {
    if (EVP_MD* md = EVP_MD_fetch(nullptr, a.openssl, nullptr)) {
      EVP_MD_free(md);
      names.push_back(py_str(a.python));
    }
  }
  return py_list(std::move(names));
}

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen).
Object pbkdf2_hmac(Args args, Kwargs kw) {
  Object v[5];
  clinic_bind("pbkdf2_hmac", {"hash_name", "password", "salt", "iterations", "dklen"}, 5, 5, args, kw, v);
  EVP_MD* md = fetch(str_value(v[0]).c_str());
  if (!md) raise(&exc::ValueError, "unsupported hash type " + str_value(v[0]));
  const std::string& password = data_of(v[1]);
  const std::string& salt = data_of(v[2]);
  int64_t iterations = 0, dklen = 0;
  aiocc::detail::small(v[3], iterations);
  aiocc::detail::small(v[4], dklen);
  std::string out(static_cast<size_t>(dklen), '\0');
  PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), reinterpret_cast<const unsigned char*>(salt.data()),
                    static_cast<int>(salt.size()), static_cast<int>(iterations), md, static_cast<int>(dklen),
                    reinterpret_cast<unsigned char*>(out.data()));
  EVP_MD_free(md);
  return py_bytes(std::move(out));
}

BuiltinFunction hash_new_fn("hash_new", hash_new);
BuiltinFunction blake2_type_fn("blake2_type", blake2_type);
BuiltinFunction hash_available_fn("hash_available", hash_available);
BuiltinFunction pbkdf2_hmac_fn("pbkdf2_hmac", pbkdf2_hmac);

}  // namespace aiocc::private_module
