#include "aiocc/py/dict.h"

#include <catch2/catch.hpp>

#include "aiocc/py/int.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"

using namespace aiocc;

TEST_CASE("dict keeps insertion order across updates and deletions", "[dict]") {
  Object d = py_dict();
  DictObject* dd = as_dict(d);
  dd->set(py_str("b"), py_int(1));
  dd->set(py_str("a"), py_int(2));
  dd->set(py_str("c"), py_int(3));
  dd->set(py_str("b"), py_int(4));  // updating keeps the position
  CHECK(repr(d) == "{'b': 4, 'a': 2, 'c': 3}");
  dd->erase(py_str("a"));
  dd->set(py_str("a"), py_int(5));  // re-inserting goes to the end
  CHECK(repr(d) == "{'b': 4, 'c': 3, 'a': 5}");
}

TEST_CASE("equal numbers are one dict key", "[dict]") {
  Object d = py_dict();
  DictObject* dd = as_dict(d);
  dd->set(py_int(1), py_str("int"));
  dd->set(Object::from_float(1.0), py_str("float"));
  dd->set(True(), py_str("bool"));
  CHECK(dd->live_count == 1);
  CHECK(repr(d) == "{1: 'bool'}");
}
