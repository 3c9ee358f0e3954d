// Codegen: an analyzed AST in, one C++20 translation unit out.
//
// The unit is written in fixed sections so that declaration order in the script never
// matters: source lines and position tables, constants, globals, forward declarations,
// function descriptors, function bodies, module body, main(). Every Python function becomes a
// free C++ function (a coroutine returning aiocc::Coro for `async def`); every operation is one
// call into the runtime (aiocc::add, aiocc::getitem, aiocc::call, co_await aiocc::await_...),
// so the output reads like the script. `#line` directives map it back to the .py file.
#pragma once

#include <string>
#include <vector>

#include "aiocc/frontend/ast.h"
#include "aiocc/frontend/program.h"

namespace aiocc {

struct EmitOptions {
  bool line_directives = true;
};

// The whole program in one unit: the script's modules each in a namespace of its own.
std::string emit_cpp(const Program& program, const EmitOptions& options = {});
// The same program as a unit per module of the script's (its imported modules first, the
// script, with main(), last), compiled apart so that a change to one module recompiles that
// module only.
std::vector<std::string> emit_units(const Program& program, const EmitOptions& options = {});
// Library module `name` of `program` alone, in its namespace of the runtime (aiocc::lib::m_NAME):
// what the runtime's build compiles (runtime/lib).
std::string emit_library(const Program& program, const std::string& name, const EmitOptions& options = {});

}  // namespace aiocc
