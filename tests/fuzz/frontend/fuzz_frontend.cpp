// libFuzzer target over aiocc's front end and code generator: bytes in, and every stage the
// `aiocc check`/`emit` commands run (decoding, tokenizer, parser, AST builder, CPython's limits,
// sema, codegen, the diagnostic's formatting). An input must either translate or be refused
// with a CompileError; anything else (a crash, a sanitizer report, another exception, which
// the driver reports as an internal error with exit 3) is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include <stdlib.h>

#include "aiocc/codegen/emit.h"
#include "aiocc/frontend/diagnostics.h"
#include "aiocc/frontend/parser.h"
#include "aiocc/frontend/program.h"
#include "aiocc/large_stack.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string source(reinterpret_cast<const char*>(data), size);
  // In a directory of its own: the imports the input names find no module of the script.
  static const std::string dir = [] {
    char tmpl[] = "/tmp/aiocc-fuzz-XXXXXX";
    const char* d = mkdtemp(tmpl);
    return std::string(d ? d : "/nonexistent-aiocc-fuzz");
  }();
  const std::string path = dir + "/fuzz.py";
  try {
    // The driver runs the stages on a large stack too: the recursion CPython's limits allow.
    aiocc::run_with_large_stack([&] {
      try {
        aiocc::Program p = aiocc::load_program(path, source);
        std::string cpp = aiocc::emit_cpp(p);
        if (cpp.empty()) std::abort();
      } catch (const aiocc::CompileError& e) {
        std::vector<std::string> lines = aiocc::split_lines(aiocc::printable_source(source));
        std::string msg = aiocc::format_diagnostic(path, lines, e);
        if (msg.rfind(path + ":", 0) != 0) std::abort();  // "file:line:col: error: ..."
      }
    });
  } catch (const std::exception& e) {
    std::fprintf(stderr, "internal error (exit 3 in aiocc): %s\n", e.what());
    std::abort();
  }
  return 0;
}
