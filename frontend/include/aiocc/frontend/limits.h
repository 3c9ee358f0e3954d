// How deeply a program may nest, as CPython 3.11 decides it. The stages that walk the tree
// recursively run on a stack deep enough for these limits (aiocc/large_stack.h).
//
// CPython refuses a script before running it when its tokenizer sees more than 200 open
// brackets ("too many nested parentheses") or 100 indentation levels, when its parser goes
// deeper than 6000 rule levels (MemoryError), or when its compiler meets a statement or
// expression nested deeper than 3 x sys.getrecursionlimit() nodes ("maximum recursion depth
// exceeded during compilation"). aiocc gives the same answers at the same limits, so every
// later stage works on a tree of bounded depth.
#pragma once

#include "aiocc/frontend/ast.h"

namespace aiocc {

inline constexpr int kMaxBracketDepth = 200;   // tokenizer.c MAXLEVEL
inline constexpr int kMaxIndentLevels = 100;   // tokenizer.c MAXINDENT
inline constexpr int kMaxParserLevel = 6000;   // the PEG parser's MAXSTACK
inline constexpr int kMaxCompileDepth = 3000;  // ast_opt.c: 1000 x COMPILER_STACK_FRAME_SCALE

// Throws CompileError when CPython's parser or compiler would refuse the module's nesting.
void check_nesting(const ast::Module& m);

}  // namespace aiocc
