#include <catch2/catch.hpp>
#include <cstdint>

#include "aiocc/py/int.h"
#include "aiocc/py/ops.h"

using namespace aiocc;

TEST_CASE("int addition promotes to a big int on overflow", "[int]") {
  Object r = add(py_int(INT64_MAX), py_int(1));
  CHECK_FALSE(r.is_small_int());
  CHECK(repr(r) == "9223372036854775808");
}

TEST_CASE("big int results that fit are demoted back to 64 bits", "[int]") {
  Object big = add(py_int(INT64_MAX), py_int(1));
  Object back = sub(big, py_int(1));
  CHECK(back.is_small_int());
  CHECK(back.as_int() == INT64_MAX);
}

TEST_CASE("multiplication and power grow without bound", "[int]") {
  CHECK(repr(pow(py_int(2), py_int(100))) == "1267650600228229401496703205376");
  CHECK(repr(mul(py_int(INT64_MIN), py_int(-1))) == "9223372036854775808");
}

TEST_CASE("floor division and modulo follow Python's signs", "[int]") {
  CHECK(floordiv(py_int(-7), py_int(2)).as_int() == -4);
  CHECK(mod(py_int(-7), py_int(2)).as_int() == 1);
  CHECK(mod(py_int(7), py_int(-2)).as_int() == -1);
}
