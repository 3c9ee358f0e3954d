// typing's functions that do nothing or little at run time: cast, assert_type, assert_never,
// reveal_type, overload and the identity decorators (final, no_type_check, ...).
#include "aiocc/py/builtins.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "aiocc/py/typing.h"
#include "internal.h"

namespace aiocc::typing {

Object cast(Args args, Kwargs kw) {
  check_no_kwargs("cast", kw);
  check_nargs("cast", args, 2, 2);
  return args[1];
}

Object assert_type(Args args, Kwargs kw) {
  check_no_kwargs("assert_type", kw);
  check_nargs("assert_type", args, 2, 2);
  return args[0];
}

Object assert_never(Args args, Kwargs kw) {
  check_no_kwargs("assert_never", kw);
  check_nargs("assert_never", args, 1, 1);
  std::string value = aiocc::repr(args[0]);
  if (value.size() > 100) value = value.substr(0, 100) + "...";
  raise(&exc::AssertionError, "Expected code to be unreachable, but got: " + value);
}

Object reveal_type(Args args, Kwargs kw) {
  check_no_kwargs("reveal_type", kw);
  check_nargs("reveal_type", args, 1, 1);
  TypeObject* t = type_of(args[0]);
  builtins::write_stderr("Runtime type is '" + t->name + "'\n");
  return args[0];
}

Object overload(Args args, Kwargs kw) {
  check_no_kwargs("overload", kw);
  check_nargs("overload", args, 1, 1);
  static BuiltinFunction dummy("_overload_dummy", [](Args, Kwargs) -> Object {
    raise(&exc::NotImplementedError,
          "You should not call an overloaded function. A series of @overload-decorated functions "
          "outside a stub module should always be followed by an implementation that is not @overload-ed.");
  });
  return Object(&dummy);
}

Object identity_decorator(Args args, Kwargs kw) {
  check_no_kwargs("decorator", kw);
  check_nargs("decorator", args, 1, 1);
  return args[0];
}

Object dataclass_transform(Args args, Kwargs) {
  check_nargs("dataclass_transform", args, 0, 0);
  static BuiltinFunction decorator("decorator", identity_decorator);
  return Object(&decorator);
}

BuiltinFunction cast_fn("cast", cast, "typing"), assert_type_fn("assert_type", assert_type, "typing"),
    assert_never_fn("assert_never", assert_never, "typing"), reveal_type_fn("reveal_type", reveal_type, "typing"),
    overload_fn("overload", overload, "typing"), final_fn("final", identity_decorator, "typing"),
    no_type_check_fn("no_type_check", identity_decorator, "typing"),
    no_type_check_decorator_fn("no_type_check_decorator", identity_decorator, "typing"),
    dataclass_transform_fn("dataclass_transform", dataclass_transform, "typing");

}  // namespace aiocc::typing
