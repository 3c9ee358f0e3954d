// The names of asyncio that runtime/lib/_aiocc_asyncio_locks.py holds (Condition, Barrier,
// BrokenBarrierError): the frontend's table binds `asyncio.NAME` to lib_value("NAME"). A
// program that names one links this file, and with it the library module; others do not.
#include "aiocc/asyncio.h"
#include "aiocc/py/module.h"
#include "aiocc/py/ops.h"

namespace aiocc::lib::m__aiocc_asyncio_locks {
extern aiocc::UserModule kUserModule;
}

namespace aiocc::asyncio {

Object lib_value(const char* name) {
  return getattr(import_module(lib::m__aiocc_asyncio_locks::kUserModule), name);
}

}  // namespace aiocc::asyncio
