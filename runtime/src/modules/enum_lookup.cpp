// EnumType's calls and tests on a class with members (enum.py's EnumType.__call__, __getitem__,
// __contains__, __setattr__): the value lookup with the frames of enum.py CPython shows, the
// functional API, name lookup, membership and member assignment.
#include "aiocc/py/enum.h"

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "cpython_frames.h"
#include "enum_internal.h"
#include "aiocc/program.h"
#include "object_model.h"

namespace aiocc::enums {
namespace {

// Enum.__new__ past the by-value search, running in its frame `f` (positions: cpython::EnumNewPos).
Object value_not_found(ClassObject* c, const Object& value, PlainFrame& f) {
  if (as_dict(c->enum_by_name)->live_count == 0) {
    f.pos = cpython::kNewNoMembers;
    raise(&exc::TypeError, class_repr(c) + " has no members defined");
  }
  const std::string qualname = str_value(aiocc::getattr(Object(c), "__qualname__"));
  auto not_valid = [&] { return new_exception(&exc::ValueError, {py_str(aiocc::repr(value) + " is not a valid " + qualname)}); };
  const bool user_hook = c->lookup(intern("_missing_")) != nullptr;
  if (user_hook || is_flag(c)) {
    Object found;
    f.pos = cpython::kNewCallMissing;
    try {
      found = user_hook ? aiocc::call_method(Object(c), "_missing_", {value})
                        : cpython::run_in(&cpython::flag_missing, [&](PlainFrame& mf) { return flag_missing(c, value, mf); });
    } catch (PyException& e) {  // `raise exc`: what _missing_ raised, in the context of the ValueError
      if (!type_of(e.exc)->is_subtype_of(&exc::Exception)) throw;
      if (!type_of(e.exc)->is_subtype_of(&exc::ValueError)) e.exc.as<ExceptionObject>()->context = not_valid();
      f.pos = cpython::kNewRaiseExc;
      add_traceback(e.exc, &f);
      throw;
    }
    if (type_of(found)->is_subtype_of(c)) return found;
    if (!found.is_none()) {
      Object err = new_exception(&exc::TypeError, {py_str("error in " + short_name(c) + "._missing_: returned " +
                                                          aiocc::repr(found) + " instead of None or a valid member")});
      err.as<ExceptionObject>()->context = not_valid();
      f.pos = cpython::kNewRaiseExc;
      raise_exc(err);
    }
  }
  f.pos = cpython::kNewRaiseValueError;
  raise_exc(not_valid());
}

}  // namespace

// EnumType.__call__ with one argument: the member with that value, else what _missing_ finds.
// A failure carries the frames of enum.py's __call__ and __new__, as in CPython's traceback.
Object lookup_value(ClassObject* c, const Object& value) {
  if (type_of(value) == c) return value;
  if (Object* m = as_dict(c->enum_by_value)->find(value)) return *m;
  return cpython::run_in(&cpython::enum_call, [&](PlainFrame&) {
    return cpython::run_in(&cpython::enum_new, [&](PlainFrame& f) { return value_not_found(c, value, f); });
  });
}

// Enum('Name', names, *, module, qualname, type, start): EnumType._create_.
Object functional(ClassObject* c, Args args, Kwargs kw) {
  Object class_name = args.size() ? args[0] : Object(), names = args.size() > 1 ? args[1] : Object();
  Object module, qualname, mixin, start = py_int(1);
  if (args.size() == 0) {
    raise(&exc::TypeError, "EnumType.__call__() missing 1 required positional argument: 'value'");
  }
  if (args.size() > 2) {
    raise(&exc::TypeError, "EnumType.__call__() takes from 2 to 3 positional arguments but " +
                               std::to_string(args.size() + 1) + " were given");
  }
  for (const Kw& k : kw) {
    Object* slot = k.name == "names" ? &names : k.name == "module" ? &module : k.name == "qualname" ? &qualname
                 : k.name == "type" ? &mixin : k.name == "start" ? &start : nullptr;
    if (!slot) {
      raise(&exc::TypeError, "EnumType.__call__() got an unexpected keyword argument '" + std::string(k.name) + "'");
    }
    *slot = k.value;
  }
  if (!is_str(class_name)) raise(&exc::TypeError, "EnumType.__call__() argument 'value' must be str");
  std::vector<Object> bases;
  if (!mixin.is_unbound() && !mixin.is_none()) bases.push_back(mixin);
  bases.push_back(Object(c));
  if (is_str(names)) {  // "A B C" or "A, B, C"
    std::string s = str_value(names);
    for (char& ch : s) ch = ch == ',' ? ' ' : ch;
    names = call_method(py_str(s), "split", {});
  }
  std::vector<Object> items = as_dict(names) ? std::vector<Object>{} : to_vector(names);
  Object ns = py_dict();
  if (DictObject* d = as_dict(names)) {
    for (auto& e : d->entries) {
      if (e.live()) as_dict(ns)->set(e.key, e.value);
    }
  } else if (!items.empty() && is_str(items[0])) {  // names only: values from _generate_next_value_
    std::vector<Object> last_values;
    int64_t st, count = 0;
    if (!start.is_small_int()) st = 1; else st = start.as_int();
    for (const Object& n : items) {
      Object v = next_value(c, str_value(n), st, count++, last_values);
      last_values.push_back(v);
      as_dict(ns)->set(n, v);
    }
  } else {
    for (const Object& pair : items) {
      std::vector<Object> kv = to_vector(pair);
      if (kv.size() != 2) raise(&exc::ValueError, "not enough values to unpack");
      as_dict(ns)->set(kv[0], kv[1]);
    }
  }
  const Name& name = intern(str_value(class_name));
  const Name& qual = is_str(qualname) ? intern(str_value(qualname)) : name;
  Object cls = make_class(name.text.c_str(), qual.text.c_str(), Args(bases), ns);
  if (is_str(module)) aiocc::setattr(cls, "__module__", module);
  return cls;
}

void check_member_assignment(ClassObject* c, std::string_view name, bool deleting) {
  if (c->enum_by_name.is_unbound() || !as_dict(c->enum_by_name)->find(py_str(std::string(name)))) return;
  if (deleting) {
    raise(&exc::AttributeError, aiocc::repr(py_str(c->name)) + " cannot delete member " +
                                    aiocc::repr(py_str(std::string(name))) + ".");
  }
  raise(&exc::AttributeError, "cannot reassign member " + aiocc::repr(py_str(std::string(name))));
}

Object lookup_name(ClassObject* c, const Object& name) {
  if (Object* m = as_dict(c->enum_by_name)->find(name)) return *m;
  raise_exc(new_exception(&exc::KeyError, {name}));
}

bool contains_member(ClassObject* c, const Object& item) {
  if (type_of(item)->is_subtype_of(c)) {  // a member, not a flag's pseudo-member
    Object name = member_name(item);
    return is_str(name) && as_dict(c->enum_by_name)->find(name) != nullptr;
  }
  warn(&exc::DeprecationWarning,
       "in 3.12 __contains__ will no longer raise TypeError, but will return True or\nFalse depending on "
       "whether the value is a member or the value of a member");
  raise(&exc::TypeError, "unsupported operand type(s) for 'in': '" + type_of(item)->name + "' and 'EnumType'");
}

}  // namespace aiocc::enums
