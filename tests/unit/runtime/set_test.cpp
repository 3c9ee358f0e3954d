#include "aiocc/py/set.h"

#include <catch2/catch.hpp>

#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"

using namespace aiocc;

namespace {
int64_t h(const Object& o) { return static_cast<int64_t>(py_hash(o)); }
}  // namespace

// Expected values printed by CPython 3.11.
TEST_CASE("numbers hash like CPython's, equal numbers alike", "[hash]") {
  CHECK(h(py_int(-1)) == -2);
  CHECK(h(py_int(7)) == 7);
  CHECK(h(Object::from_float(1.5)) == 1152921504606846977);
  CHECK(h(Object::from_float(-0.1)) == -230584300921369408);
  CHECK(h(Object::from_float(1e300)) == 1224995262755759164);
  CHECK(h(int_from_decimal("18446744073709551616")) == 8);
  CHECK(h(int_from_decimal("-18446744073709551616")) == -8);
  CHECK(h(Object::from_float(1.0)) == h(py_int(1)));
  CHECK(h(True()) == 1);
}

TEST_CASE("tuples and frozensets hash like CPython's", "[hash]") {
  CHECK(h(py_tuple({py_int(1), py_int(2)})) == -3550055125485641917);
  CHECK(h(py_tuple({})) == 5740354900026072187);
  CHECK(h(py_frozenset({py_int(1), py_int(2), py_int(3)})) == -272375401224217160);
  CHECK(h(py_frozenset({})) == 133146708735736);
}

TEST_CASE("a set iterates in table order and an add takes the last dummy it passed", "[set]") {
  Object s = py_set({});
  SetObject* st = as_set(s);
  for (int64_t x : {0, 1, 2, 10, 11, 12, 13}) st->add(py_int(x));
  CHECK(st->mask == 31);  // grown from 8 slots at the fifth add
  st->discard_entry(py_int(10), py_hash(py_int(10)));
  st->discard_entry(py_int(12), py_hash(py_int(12)));
  st->add(py_int(42));
  CHECK(repr(s) == "{0, 1, 2, 11, 42, 13}");
  CHECK(st->contains(py_int(42)));
  CHECK_FALSE(st->contains(py_int(10)));
  CHECK(st->contains(Object::from_float(13.0)));
}

TEST_CASE("pop resumes after the slot it last emptied", "[set]") {
  Object s = py_set({});
  for (int64_t x = 0; x < 20; ++x) as_set(s)->add(py_int(x));
  CHECK(repr(as_set(s)->pop()) == "0");
  as_set(s)->add(py_int(0));  // back into its slot, which pop has passed
  CHECK(repr(as_set(s)->pop()) == "1");
}
