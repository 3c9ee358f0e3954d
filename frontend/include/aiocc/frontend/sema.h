// Semantic analysis: resolves every name to a binding, decides which locals become closure
// cells, enforces CPython's compile-time rules ('await' outside async function, 'return'
// outside function, ...) and rejects what aiocc cannot compile, before any C++ is written.
//
// The algorithm, in three passes over the tree:
// 1. declare: for the module and each function, collect the names it binds (assignment and
//    for targets, def names, imports, except-as names, parameters) and its global/nonlocal
//    declarations. Module-level bindings are the globals.
// 2. resolve: walk each function with its chain of enclosing scopes; a name bound locally is
//    Local, one bound in an enclosing *function* is Free here and Cell there (intermediate
//    functions pass it through as Free), one bound at module level is Global, otherwise it is a
//    builtin from the shared table (or a NameError at run time, like CPython).
// 3. direct calls: a module-level function bound exactly once, by its def, can be called
//    directly rather than through its function object.
// 4. type inference (sema_types.cpp; one function's body in sema_function_types.cpp): the
//    exact scalar types of expressions, locals, parameters and results of defs only called
//    directly, and globals only module-level code binds; which float and bool locals codegen
//    may hold unboxed. AIOCC_NO_INFER=1 skips it.
#pragma once

#include "aiocc/frontend/ast.h"

namespace aiocc {

// Annotates `module` in place. Throws CompileError.
void analyze(ast::Module& module);

}  // namespace aiocc
