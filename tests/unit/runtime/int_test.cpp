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

// Typed code's checked 64-bit arithmetic (aiocc::I64) gives the dynamic path's result, or
// says it cannot (bad) exactly where that result does not fit or the operation raises.
TEST_CASE("checked native int arithmetic agrees with the object operations", "[int]") {
  const int64_t values[] = {0, 1, -1, 2, -2, 3, -7, 7, 1000003, -1000003, INT64_MAX, INT64_MIN,
                            INT64_MAX - 1, INT64_MIN + 1, int64_t{1} << 32, -(int64_t{1} << 32), 3037000499, -3037000500};
  using NativeOp = I64 (*)(I64, I64);
  using ObjectOp = Object (*)(const Object&, const Object&, Pos);
  struct Case {
    const char* name;
    NativeOp native;
    ObjectOp object;
  };
  const Case ops[] = {{"+", i64_add, add}, {"-", i64_sub, sub}, {"*", i64_mul, mul},
                      {"//", i64_floordiv, floordiv}, {"%", i64_mod, mod}};
  for (const Case& op : ops) {
    for (int64_t a : values) {
      for (int64_t b : values) {
        INFO(a << " " << op.name << " " << b);
        I64 r = op.native(I64{a}, I64{b});
        if (b == 0 && (op.native == i64_floordiv || op.native == i64_mod)) {
          CHECK(r.bad);  // ZeroDivisionError: the object path raises it
          continue;
        }
        Object want = op.object(py_int(a), py_int(b), {});
        if (r.bad) {
          CHECK_FALSE(want.is_small_int());
        } else {
          REQUIRE(want.is_small_int());
          CHECK(want.as_int() == r.v);
        }
      }
    }
  }
  for (int64_t a : values) {
    I64 r = i64_neg(I64{a});
    Object want = neg(py_int(a));
    CHECK(r.bad == !want.is_small_int());
    if (!r.bad) CHECK(want.as_int() == r.v);
  }
  CHECK(i64_add(I64{1, true}, I64{1}).bad);  // a bad operand stays bad
  CHECK(i64_mod(I64{7}, I64{-1, true}).bad);  // a divisor that overflowed to -1 too
  CHECK(i64_floordiv(I64{7}, I64{-1, true}).bad);
}
