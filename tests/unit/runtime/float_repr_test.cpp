#include <catch2/catch.hpp>
#include <cmath>

#include "aiocc/py/ops.h"

using namespace aiocc;

static std::string r(double d) { return repr(Object::from_float(d)); }

TEST_CASE("float repr matches CPython's shortest round-trip layout", "[float]") {
  CHECK(r(0.1) == "0.1");
  CHECK(r(100.0) == "100.0");
  CHECK(r(1e16) == "1e+16");
  CHECK(r(1e15) == "1000000000000000.0");
  CHECK(r(1e-05) == "1e-05");
  CHECK(r(0.0001) == "0.0001");
  CHECK(r(0.1 + 0.2) == "0.30000000000000004");
  CHECK(r(-0.0) == "-0.0");
  CHECK(r(1.5e300) == "1.5e+300");
  CHECK(r(INFINITY) == "inf");
  CHECK(r(-INFINITY) == "-inf");
  CHECK(r(NAN) == "nan");
  CHECK(r(123456789.125) == "123456789.125");
}
