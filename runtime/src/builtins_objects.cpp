// Built-in functions of the object model: iter, next, vars, issubclass, delattr.
#include "aiocc/py/builtins.h"
#include "aiocc/py/typing.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"

namespace aiocc::builtins {

Object iter(Args args, Kwargs kw) {
  check_no_kwargs("iter", kw);
  if (args.size() == 0) raise(&exc::TypeError, "iter expected at least 1 argument, got 0");
  if (args.size() > 2) {
    raise(&exc::TypeError, "iter expected at most 2 arguments, got " + std::to_string(args.size()));
  }
  if (args.size() == 2) {
    // iter(callable, sentinel): calls until a result equals the sentinel (or StopIteration).
    if (!truthy(callable({args[0]}, {}))) raise(&exc::TypeError, "iter(v, w): v must be callable");
    static TypeObject callable_iterator("callable_iterator", &types::object, nullptr);
    return lazy_iterator(&callable_iterator, [f = args[0], sentinel = args[1]](Object& out) {
      try {
        out = call(f, {});
      } catch (PyException& e) {
        if (!type_of(e.exc)->is_subtype_of(&exc::StopIteration)) throw;
        return false;
      }
      return !eq(sentinel, out);
    });
  }
  if (!is_iterable(args[0])) {
    raise(&exc::TypeError, "'" + type_of(args[0])->name + "' object is not iterable");
  }
  return make_iterator(args[0]);
}

Object next(Args args, Kwargs kw) {
  check_no_kwargs("next", kw);
  check_nargs("next", args, 1, 2);
  if (!is_iterator(args[0])) {
    raise(&exc::TypeError, "'" + type_of(args[0])->name + "' object is not an iterator");
  }
  Object out;
  if (iterator_next(args[0], out)) return out;
  if (args.size() == 2) return args[1];
  // A generator's return value travels in the StopIteration.
  bool with_value = args[0].is_heap() && args[0].heap()->kind == HeapObject::Kind::Generator && !out.is_none() &&
                    !out.is_unbound();
  raise_exc(with_value ? new_exception(&exc::StopIteration, {out}) : new_exception(&exc::StopIteration));
}

Object vars(Args args, Kwargs kw) {
  check_no_kwargs("vars", kw);
  check_nargs("vars", args, 1, 1);
  try {
    return getattr_name(args[0], intern("__dict__"));
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
  }
  raise(&exc::TypeError, "vars() argument must have __dict__ attribute");
}

Object issubclass(Args args, Kwargs kw) {
  check_no_kwargs("issubclass", kw);
  check_nargs("issubclass", args, 2, 2);
  auto* t = args[0].is_heap() && args[0].heap()->type()->is_subtype_of(&types::type) ? args[0].as<TypeObject>() : nullptr;
  if (!t) raise(&exc::TypeError, "issubclass() arg 1 must be a class");
  std::vector<Object> classes = as_tuple(args[1]) ? as_tuple(args[1])->items : std::vector<Object>{args[1]};
  for (const Object& c : classes) {
    auto* ct = c.is_heap() && c.heap()->type()->is_subtype_of(&types::type) ? c.as<TypeObject>() : nullptr;
    if (!ct) {
      bool handled = false;
      if (alias_instancecheck(c, t, handled)) return True();
      if (handled) continue;
      raise(&exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    if (typing::is_typed_dict(ct)) typing::typed_dict_check_error();
    if (t->is_subtype_of(ct)) return True();
  }
  return False();
}

Object delattr(Args args, Kwargs kw) {
  check_no_kwargs("delattr", kw);
  check_nargs("delattr", args, 2, 2);
  if (!is_str(args[1])) {
    raise(&exc::TypeError, "attribute name must be string, not '" + type_of(args[1])->name + "'");
  }
  delattr_name(args[0], intern(str_value(args[1])));
  return None;
}

}  // namespace aiocc::builtins
