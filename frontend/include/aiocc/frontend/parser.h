// Entry point of the frontend: source text in, aiocc AST out (or a CompileError).
#pragma once

#include <string>

#include "aiocc/frontend/ast.h"
#include "aiocc/frontend/diagnostics.h"

namespace aiocc {

// The source with each byte that is not well-formed UTF-8 replaced by U+FFFD, for echoing
// lines in diagnostics.
std::string printable_source(const std::string& bytes);

// Parses `source` (the contents of `path`). Throws CompileError on a syntax error or on a
// construct the AST builder already knows aiocc does not support.
ast::Module parse_module(const std::string& path, const std::string& source);

// Splits source into lines without line ends (used for diagnostics and tracebacks).
std::vector<std::string> split_lines(const std::string& source);

}  // namespace aiocc
