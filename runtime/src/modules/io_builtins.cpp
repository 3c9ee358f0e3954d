// The builtins that are _io's (runtime/lib/_io.py): open. A program that names one links this
// file, and with it _io and what _io imports; others do not.
#include "aiocc/py/builtins.h"
#include "aiocc/py/module.h"
#include "aiocc/py/ops.h"

namespace aiocc::lib::m__io {
extern aiocc::UserModule kUserModule;
}

namespace aiocc::io_builtins {

Object open_value() {
  static const Object* f = new Object(getattr(import_module(lib::m__io::kUserModule), "open"));
  return *f;
}

Object open(Args args, Kwargs kw) { return call(open_value(), args, kw); }

}  // namespace aiocc::io_builtins
