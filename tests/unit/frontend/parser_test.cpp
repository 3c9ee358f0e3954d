#include <catch2/catch.hpp>

#include "aiocc/frontend/parser.h"
#include "aiocc/frontend/sema.h"

using namespace aiocc;

TEST_CASE("indentation, implicit joining and continuations produce one statement each", "[parser]") {
  ast::Module m = parse_module("t.py",
                               "def f(a,\n      b):\n    x = [1,\n         2]\n    y = 1 + \\\n        2\n"
                               "    # comment\n\n    return x\nprint(f(1, 2))\n");
  REQUIRE(m.body.size() == 2);
  REQUIRE(m.body[0]->kind == ast::StmtKind::FunctionDef);
  CHECK(m.body[0]->func->body.size() == 3);
  CHECK(m.body[1]->kind == ast::StmtKind::Expr);
}

TEST_CASE("await outside async function is rejected with CPython's message", "[sema]") {
  ast::Module m = parse_module("t.py", "def f():\n    await g()\n");
  try {
    analyze(m);
    FAIL("no error");
  } catch (const CompileError& e) {
    CHECK(std::string(e.what()) == "'await' outside async function");
    CHECK(e.line == 2);
  }
}

TEST_CASE("a local captured by an inner function becomes a cell", "[sema]") {
  ast::Module m = parse_module("t.py", "def f():\n    x = 1\n    def g():\n        return x\n    return g\n");
  analyze(m);
  REQUIRE(m.functions.size() == 2);
  CHECK(m.functions[0]->cellvars == std::vector<std::string>{"x"});
  CHECK(m.functions[1]->freevars == std::vector<std::string>{"x"});
}
