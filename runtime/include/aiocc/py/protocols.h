// The protocols builtins use, dispatched to user classes' special methods: CPython's
// binary_op1 (reflected operands, NotImplemented, a subclass's reflected method first),
// do_richcompare, hashing, len, subscripts, containment and iteration. ops.cpp keeps the fast
// paths for builtin values and comes here when an operand is an instance of a user class.
#pragma once

#include <functional>
#include <string>

#include "aiocc/frame.h"
#include "aiocc/py/name.h"

namespace aiocc {

extern const Object NotImplemented;
extern const Object Ellipsis;  // `...`

// A name read in a class body: the namespace being built, if it has it (else null).
const Object* class_local(const Object& ns, const Object& key);

// f(self, *args, **kw) without building a bound method.
Object call_with_self(const Object& f, const Object& self, Args args, Kwargs kw);
// Calls __repr__/__str__ and checks it returned a str.
std::string user_string(const Object& method, const Object& self, const char* which);

// Is `o` an instance of a user class (the only objects with user special methods)?
inline bool is_user(const Object& o) {
  return o.is_heap() && o.heap()->kind == HeapObject::Kind::Instance;
}

// An instance of an exception class of the script: its class's comparison and hash methods
// apply (other special methods of exception classes are not dispatched yet).
bool is_user_exception(const Object& o);
// Does `o`'s class (of the script) define the special method `s`?
bool has_special(const Object& o, Slot s);

Object binary_protocol(const Object& a, const Object& b, Slot op, Slot rop, const char* sym);
// `a op= b` when `a` is a user instance: __iop__, else the binary operator.
Object inplace_op(const Object& a, const Object& b, Slot iop,
                  Object (*binary)(const Object&, const Object&, Pos), Pos = {});
// `s |= t` and the like on a set, `xs *= n` on a list: the object itself changes.
Object inplace_container(const Object& a, const Object& b, Slot iop,
                         Object (*binary)(const Object&, const Object&, Pos));
// The binary operator for `a op= b`, with CPython's "for op=" in its error.
Object inplace_builtin(const Object& a, const Object& b, Slot iop,
                       Object (*binary)(const Object&, const Object&, Pos));
template <Slot S, Object (*F)(const Object&, const Object&, Pos)>
Object inplace(const Object& a, const Object& b, Pos = {}) {
  if constexpr (S != Slot::imatmul) {
    // Numbers never raise TypeError here: the inline fast paths of F apply.
    if ((a.is_small_int() || a.is_float()) && (b.is_small_int() || b.is_float())) return F(a, b, {});
  }
  if (is_user(a)) return inplace_op(a, b, S, F);
  if (a.is_heap() && (a.heap()->kind == HeapObject::Kind::Set || a.heap()->kind == HeapObject::Kind::List ||
                      a.heap()->kind == HeapObject::Kind::ByteArray || a.heap()->kind == HeapObject::Kind::Dict)) {
    return inplace_container(a, b, S, F);
  }
  return inplace_builtin(a, b, S, F);
}
Object unary_protocol(const Object& a, Slot op, const char* sym);
// op is one of Slot::eq .. Slot::ge.
Object richcompare(const Object& a, const Object& b, Slot op);

size_t user_hash(const Object& o);
int64_t user_len(const Object& o);
Object user_getitem(const Object& o, const Object& key);
void user_setitem(const Object& o, const Object& key, const Object* value);  // null: delete
bool user_contains(const Object& container, const Object& item);
// iter(o) for a user instance: the iterator __iter__ returns, or a sequence iterator over
// __getitem__.
Object user_iter(const Object& o);
// next(it): false when the iterator is exhausted (StopIteration).
bool iterator_next(const Object& it, Object& out);
// An iterator over the items of `list`, of type `t` (reversed() of a built-in sequence).
Object eager_iterator(const Object& list, TypeObject* t);
// An iterator of type `t` whose next() is `step` (false: exhausted): map, filter, zip and
// enumerate compute each item when it is asked for, as CPython's do.
Object lazy_iterator(TypeObject* t, std::function<bool(Object&)> step);
// ... with a repr of its own (null: the default), and methods without arguments of its own.
using LazyIteratorMethods = std::vector<std::pair<std::string, std::function<Object()>>>;
Object lazy_iterator(TypeObject* t, std::function<bool(Object&)> step, std::function<std::string()> repr,
                     LazyIteratorMethods methods = {});
// A built-in iterator's __length_hint__, for its side effects (length_hint() in ops.h).
void builtin_length_hint(const Object& o);
// iter(x) for any iterable; is `o` an iterator (has __next__)?
Object make_iterator(const Object& src);
bool is_iterator(const Object& o);
Object user_index(const Object& o);  // __index__, checked to return an int
Object make_reversed(const Object& o);  // reversed(o)
// `async for`: the async iterator (__aiter__), the awaitable of its next item (__anext__), and
// whether an exception ends the loop.
Object async_iter(const Object& o);
// `match` (runtime/src/objects/matching.cpp).
bool match_sequence(const Object& s);
int64_t match_len(const Object& s);
Object match_item(const Object& s, int64_t i);
Object match_star(const Object& s, int64_t start, int64_t after);
bool match_mapping(const Object& s);
Object match_key(const Object& s, const Object& key);  // unbound: absent
Object match_rest(const Object& s, std::initializer_list<Object> keys);
bool match_class(const Object& s, const Object& cls);
Object match_positional(const Object& s, const Object& cls, int i, int n);  // unbound: no attribute
Object match_attribute(const Object& s, const Name& n);                     // unbound: no attribute
Object async_next(const Object& it);
bool is_stop_async_iteration(const Object& e);
// `super().name(*args)` (cls: the class the method is defined in) without a super object.
Object call_super(const Object& cls, const Object& self, const Name& n, Args args, Kwargs kw = {}, Pos = {});
// A method object binding `self` as the first argument of `f`.
Object make_bound_method(const Object& f, const Object& self);
// Bound methods of user functions are equal when they bind the same object to equal functions.
bool bound_methods_equal(const Object& a, const Object& b, bool& handled);
// operator.index(): an int, a user __index__, or the int a subclass of int extends.
Object number_index(const Object& o);
// format(v, spec) for a user instance: __format__, the extended built-in value, or object's.
Object user_format(const Object& v, const std::string& spec);

}  // namespace aiocc
