// Python source text for an expression, as CPython's ast.unparse spells it: what annotations
// become under `from __future__ import annotations`.
#pragma once

#include <string>

#include "aiocc/frontend/ast.h"

namespace aiocc {

// Throws CompileError (unsupported) for expression kinds annotations do not use.
std::string unparse(const ast::Expr& e);

}  // namespace aiocc
