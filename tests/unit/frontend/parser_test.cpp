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
  CHECK(m.functions[0]->scope.names(ast::Binding::Cell) == std::vector<std::string>{"x"});
  CHECK(m.functions[1]->scope.names(ast::Binding::Free) == std::vector<std::string>{"x"});
}

TEST_CASE("the symbol table records parameters, rebinding and where names are defined", "[sema]") {
  ast::Module m = parse_module("t.py", "def f(a, b):\n    b = 2\n    c = a\n    global g\n    g = c\n");
  analyze(m);
  const ast::SymbolTable& t = m.functions[0]->scope;
  REQUIRE(t.find("a"));
  CHECK(t.find("a")->parameter);
  CHECK_FALSE(t.find("a")->rebound);
  CHECK(t.find("b")->rebound);
  CHECK(t.find("c")->binding == ast::Binding::Local);
  CHECK_FALSE(t.find("c")->parameter);
  CHECK(t.find("c")->defined.line == 3);
  CHECK(t.find("g")->binding == ast::Binding::Global);
  CHECK(m.scope.is("f", ast::Binding::Global));
  CHECK(m.scope.is("g", ast::Binding::Global));
}

TEST_CASE("a direct call is known bound only after its def at module level", "[sema]") {
  ast::Module m = parse_module("t.py", "x = f\ndef f():\n    return f\ny = f\n");
  analyze(m);
  CHECK(m.body[0]->value->direct);
  CHECK_FALSE(m.body[0]->value->direct_bound);
  CHECK_FALSE(m.body[1]->func->body[0]->value->direct_bound);
  CHECK(m.body[2]->value->direct_bound);
}
