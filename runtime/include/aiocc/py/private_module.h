// _aiocc (runtime/src/modules/private_module.cpp): what aiocc's library modules written in
// Python (runtime/lib) take from the C side where CPython's take it from os, hashlib, warnings,
// collections.abc or _collections. Only library modules may import it.
#pragma once

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"

#define AIOCC_PRIVATE_FUNCTIONS(X) \
  X(urandom) X(sha512) X(is_sequence) X(is_mapping) X(warn) X(namedtuple) X(builtin_type) X(generic_alias) \
  X(regex_compile) X(regex_match) X(regex_slice) X(unicode_lookup) X(mappingproxy) \
  X(hash_new) X(hash_available) X(pbkdf2_hmac) X(blake2_type) X(type_name) X(getenv) X(terminal_size) X(frames) X(getpid) X(atexit_register) \
  X(float_pack) X(float_unpack) X(tb_entries) X(display_width) X(set_warn_hooks) X(register_abcs)

namespace aiocc::private_module {
#define AIOCC_DECLARE(name) \
  Object name(Args args, Kwargs kw); \
  extern BuiltinFunction name##_fn;
AIOCC_PRIVATE_FUNCTIONS(AIOCC_DECLARE)
#undef AIOCC_DECLARE
}  // namespace aiocc::private_module
