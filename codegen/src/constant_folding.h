// Which expressions CPython's AST optimizer (Python/ast_opt.c) folds to constants. It matters
// for set displays: CPython compiles {1, 2, 3} (three or more constants) to a frozenset constant
// that an empty set is updated from, which can lay the table out differently than adding the
// items one by one.
#pragma once

#include "aiocc/frontend/ast.h"

namespace aiocc::codegen {

bool folds_to_constant(const ast::Expr& e);

}  // namespace aiocc::codegen
