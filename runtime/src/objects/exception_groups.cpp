// BaseExceptionGroup and ExceptionGroup (Objects/exceptions.c): __new__'s checks, derive, split
// and subgroup; and `except*` (ceval's CHECK_EG_MATCH and _PyExc_PrepReraiseStar).
#include "exception_groups.h"

#include <unordered_set>

#include "aiocc/frame.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/bytes.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "internal.h"
#include "object_model.h"

namespace aiocc {

bool is_group(const Object& e) { return type_of(e)->is_subtype_of(&exc::BaseExceptionGroup); }

namespace {

// PySequence_Check: indexable and not a mapping.
bool sequence_check(const Object& o) {
  if (is_user(o)) {
    if (const Object& v = base_value_of(o); !v.is_unbound()) return sequence_check(v);
    return user_class_lookup(type_of(o), "__getitem__") != nullptr;
  }
  return is_str(o) || as_list(o) || as_tuple(o) || is_bytes_like(o) || type_of(o) == &types::range;
}

// BaseExceptionGroup.__new__'s checks, in its order: (str, sequence of exceptions), non-empty,
// and which class the group becomes (BaseExceptionGroup of Exceptions is an ExceptionGroup; an
// Exception group may not hold a BaseException).
}  // namespace

Object construct_group(TypeObject* cls, Args args) {
  if (args.size() != 2) {
    raise(&exc::TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                               std::to_string(args.size()) + " given)");
  }
  if (!is_str(args[0])) {
    raise(&exc::TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not " + type_of(args[0])->name);
  }
  if (!sequence_check(args[1])) raise(&exc::TypeError, "second argument (exceptions) must be a sequence");
  std::vector<Object> members = to_vector(args[1]);
  if (members.empty()) raise(&exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool nested_base = false;
  for (size_t i = 0; i < members.size(); ++i) {
    TypeObject* t = type_of(members[i]);
    if (!t->is_subtype_of(&exc::BaseException)) {
      raise(&exc::ValueError, "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    }
    nested_base |= !t->is_subtype_of(&exc::Exception);
  }
  if (cls == &exc::BaseExceptionGroup) {
    if (!nested_base) cls = &exc::ExceptionGroup;
  } else if (nested_base && cls == &exc::ExceptionGroup) {
    raise(&exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nested_base && cls->is_subtype_of(&exc::Exception)) {
    raise(&exc::TypeError, "Cannot nest BaseExceptions in '" + cls->name + "'");
  }
  Object e = new_exception(cls, {args[0], args[1]});
  auto* eo = e.as<ExceptionObject>();
  eo->group_message = str_value(args[0]);
  eo->exceptions = std::move(members);
  return e;
}

namespace {


// The condition of split()/subgroup(): an exception type, a tuple of them, or a predicate.
bool group_matches(const Object& e, const Object& condition) {
  auto is_exc_type = [](const Object& t) {
    TypeObject* ty = t.dyn<TypeObject>();
    return ty && ty->is_subtype_of(&exc::BaseException);
  };
  if (is_exc_type(condition)) return type_of(e)->is_subtype_of(condition.as<TypeObject>());
  if (TupleObject* t = as_tuple(condition);
      t && std::all_of(t->items.begin(), t->items.end(), is_exc_type)) {
    for (const Object& x : t->items) {
      if (type_of(e)->is_subtype_of(x.as<TypeObject>())) return true;
    }
    return false;
  } else if (aiocc::truthy(builtins::callable({condition}, {})) && !condition.dyn<TypeObject>()) {
    return aiocc::truthy(aiocc::call(condition, {e}));
  }
  raise(&exc::TypeError, "expected a function, exception type or tuple of exception types");
}

// exceptiongroup_subset: `orig.derive(excs)` with orig's traceback, cause, context and a copy
// of its notes; Unbound when excs is empty.
Object group_subset(const Object& orig, std::vector<Object> excs) {
  if (excs.empty()) return Object();
  Object eg = aiocc::call_method(orig, "derive", {py_list(std::move(excs))});
  if (!is_group(eg)) raise(&exc::TypeError, "derive must return an instance of BaseExceptionGroup");
  auto *o = orig.as<ExceptionObject>(), *n = eg.as<ExceptionObject>();
  n->tb = o->tb;
  n->context = o->context;
  n->cause = o->cause;
  n->suppress_context = o->suppress_context;
  if (const Object* notes = as_dict(o->attrs) ? as_dict(o->attrs)->find(py_str("__notes__")) : nullptr) {
    if (as_list(*notes) || as_tuple(*notes)) n->setattr("__notes__", py_list(to_vector(*notes)));
  }
  return eg;
}

// exceptiongroup_split_recursive: `match` gets the parts of e that `matches` accepts (e
// itself when it does), `rest` (with_rest) the others, each group rebuilt by derive.
template <class Matcher>
void split_recursive(const Object& e, const Matcher& matches, bool with_rest, Object& match, Object& rest) {
  if (matches(e)) {
    match = e;
    return;
  }
  if (!is_group(e)) {
    if (with_rest) rest = e;
    return;
  }
  std::vector<Object> found, rests;
  for (const Object& sub : e.as<ExceptionObject>()->exceptions) {
    Object m, r;
    split_recursive(sub, matches, with_rest, m, r);
    if (!m.is_unbound()) found.push_back(m);
    if (!r.is_unbound()) rests.push_back(r);
  }
  match = group_subset(e, std::move(found));
  if (with_rest) rest = group_subset(e, std::move(rests));
}

// split()/subgroup() by their condition (checked before anything is split).
void split_by(const Object& e, const Object& condition, bool with_rest, Object& match, Object& rest) {
  split_recursive(e, [&](const Object& x) { return group_matches(x, condition); }, with_rest, match, rest);
}

Object g_derive(const Object& self, const Object* a, Args, Kwargs) {
  return construct_exception(&exc::BaseExceptionGroup,
                             {py_str(self.as<ExceptionObject>()->group_message), a[0]}, {});
}
Object g_split(const Object& self, const Object* a, Args, Kwargs) {
  Object match, rest;
  split_by(self, a[0], true, match, rest);
  return py_tuple({match.is_unbound() ? None : match, rest.is_unbound() ? None : rest});
}
Object g_subgroup(const Object& self, const Object* a, Args, Kwargs) {
  Object match, rest;
  split_by(self, a[0], false, match, rest);
  return match.is_unbound() ? None : match;
}
constexpr MethodDef kGroupMethods[] = {
    {"derive", g_derive, ArgStyle::OneArg, {Param{"excs"}}, 1},
    {"split", g_split, ArgStyle::OneArg, {Param{"condition"}}, 1},
    {"subgroup", g_subgroup, ArgStyle::OneArg, {Param{"condition"}}, 1},
};
constexpr MethodCatalog kGroupCatalog{"BaseExceptionGroup", kGroupMethods};

}  // namespace

const MethodCatalog& group_catalog() { return kGroupCatalog; }

// ---- except* -----------------------------------------------------------------------------------
namespace {

// check_except_star_type_valid: classes of exceptions, and no exception group among them.
void check_star_type(const Object& type) {
  std::vector<Object> types = as_tuple(type) ? as_tuple(type)->items : std::vector<Object>{type};
  for (const Object& t : types) {
    if (!is_exception_class(t)) {
      raise(&exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
    }
    if (t.as<TypeObject>()->is_subtype_of(&exc::BaseExceptionGroup)) {
      raise(&exc::TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
  }
}

// is_same_exception_metadata: a part of the original exception (split keeps its traceback,
// cause and context), not an exception a handler raised.
bool same_metadata(const Object& a, const Object& b) {
  auto *x = a.as<ExceptionObject>(), *y = b.as<ExceptionObject>();
  auto same_tb = [&] {
    if (x->tb.size() != y->tb.size()) return false;
    for (size_t i = 0; i < x->tb.size(); ++i) {
      if (x->tb[i].code != y->tb[i].code || x->tb[i].pos != y->tb[i].pos) return false;
    }
    return true;
  };
  return same_tb() && x->cause.same(y->cause) && x->context.same(y->context);
}

void collect_leaves(const Object& e, std::unordered_set<const void*>& ids) {
  if (!is_group(e)) {
    ids.insert(e.heap());
    return;
  }
  for (const Object& sub : e.as<ExceptionObject>()->exceptions) collect_leaves(sub, ids);
}

}  // namespace

// CHECK_EG_MATCH (_PyExc_ExceptionGroupMatch) on what no earlier clause took.
bool ExceptStar::match(const Object& type) {
  check_star_type(type);
  matched = Object();
  if (rest.is_unbound()) return false;
  if (exception_matches(rest, type)) {
    if (is_group(rest)) {
      matched = rest;
    } else {  // a naked exception: wrapped in a group (with no traceback, as 3.11's)
      matched = construct_exception(&exc::BaseExceptionGroup, {py_str(""), py_tuple({rest})}, {});
    }
    rest = Object();
    return true;
  }
  if (!is_group(rest)) return false;
  Object m, r;
  split_by(rest, type, true, m, r);
  rest = r;
  if (m.is_unbound()) return false;
  matched = m;
  return true;
}

// _PyExc_PrepReraiseStar over what the handlers raised, then the rest: the parts of the
// original group re-raised keep its nesting; raised exceptions join them in a new group.
void ExceptStar::finish() {
  std::vector<Object> excs = std::move(raised);
  excs.push_back(rest);
  Object result;
  if (!is_group(orig)) {
    result = excs[0];
  } else {
    std::vector<Object> fresh;
    std::unordered_set<const void*> reraised;
    for (const Object& e : excs) {
      if (e.is_unbound()) continue;
      if (same_metadata(e, orig)) {
        collect_leaves(e, reraised);
      } else {
        fresh.push_back(e);
      }
    }
    Object projection, unused;
    if (!reraised.empty()) {
      split_recursive(orig, [&](const Object& x) { return reraised.count(x.heap()) > 0; }, false, projection, unused);
    }
    if (fresh.empty()) {
      result = projection;
    } else {
      if (!projection.is_unbound()) fresh.push_back(projection);
      result = fresh.size() > 1 ? construct_exception(&exc::BaseExceptionGroup, {py_str(""), py_list(std::move(fresh))}, {})
                                : fresh[0];
    }
  }
  // RERAISE: the current frame is not added to the traceback.
  if (!result.is_unbound()) throw PyException{std::move(result)};
}

}  // namespace aiocc
