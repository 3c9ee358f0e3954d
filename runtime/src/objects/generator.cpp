// Generator objects: resumption, send/throw/close, PEP 479, and `yield from` delegation.
#include "aiocc/generator.h"

#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/types.h"
#include "internal.h"

namespace aiocc {

Object resume_at_yield(PromiseBase& p, Object& sent) {
  g_frame = &p.frame;
  if (!p.exc.is_unbound()) {
    Object e = std::move(p.exc);
    p.exc = Object();
    add_traceback(e, &p.frame);
    throw PyException{std::move(e)};
  }
  Object v = std::move(sent);
  sent = Object();
  return v;
}

Resumed DelegateAwaiter::await_resume() {
  g_frame = &p->frame;
  Resumed r{std::move(p->result), std::move(p->exc)};
  p->result = Object();
  p->exc = Object();
  if (r.sent.is_unbound()) r.sent = None;
  return r;
}

// ---- generator objects -----------------------------------------------------------------------
GeneratorObject::~GeneratorObject() {
  // As CPython's finalizer: a suspended generator is closed, running its `finally` blocks.
  if (!started || finished) return;
  try {
    close();
  } catch (PyException&) {
  }
}

TypeObject* GeneratorObject::type() const { return &types::generator; }

std::string GeneratorObject::repr() const {
  return std::string("<generator object ") + qualname + " at " + detail::address(this) + ">";
}

bool GeneratorObject::resume(const Object& sent, const Object& thrown, Object& out) {
  if (running) raise(&exc::ValueError, "generator already executing");
  if (finished) {
    if (!thrown.is_unbound()) raise_restored(thrown);
    out = None;
    return false;
  }
  if (!started) {
    if (!thrown.is_unbound()) {
      // Thrown into a generator that never ran: it ends without running any of its body.
      finished = true;
      raise_restored(thrown);
    }
    if (!sent.is_none()) raise(&exc::TypeError, "can't send non-None value to a just-started generator");
  }
  Coro::handle h = coro.get();
  auto& p = h.promise();
  p.result = sent;
  p.exc = thrown;
  Frame* caller = g_frame;
  if (started) p.frame.depth = next_depth();
  p.frame.inherited = caller ? caller->handling() : nullptr;
  started = running = true;
  h.resume();
  running = false;
  g_frame = caller;
  if (!h.done()) {
    out = std::move(p.result);
    p.result = Object();
    return true;
  }
  finished = true;
  if (!p.exc.is_unbound()) {
    Object e = std::move(p.exc);
    p.exc = Object();
    e = stop_iteration_escaped(std::move(e), &p.frame, false);
    add_traceback(e, caller);
    throw PyException{std::move(e)};
  }
  out = std::move(p.result);
  p.result = Object();
  return false;
}

namespace {
[[noreturn]] void stop_iteration(const Object& value) {
  raise_exc(value.is_none() ? new_exception(&exc::StopIteration) : new_exception(&exc::StopIteration, {value}));
}

// throw()'s argument: an exception instance, or a class to instantiate.
Object exception_to_throw(const Object& e) {
  if (type_of(e)->is_subtype_of(&exc::BaseException)) return e;
  if (is_exception_class(e)) return aiocc::call(e, {});
  raise(&exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not " +
                             type_of(e)->name);
}
// A subiterator's optional method (`close`, `throw`), or unbound.
Object optional_method(const Object& it, const char* name) {
  try {
    return getattr_name(it, intern(name));
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
  }
  return Object();
}

Object stop_value(const Object& e) { return getattr_name(e, intern("value")); }
}  // namespace

Object stop_iteration_escaped(Object e, Frame* body, bool async) {
  const char* text = nullptr;
  if (type_of(e)->is_subtype_of(&exc::StopIteration)) {
    text = async ? "async generator raised StopIteration" : "generator raised StopIteration";
  } else if (async && type_of(e)->is_subtype_of(&exc::StopAsyncIteration)) {
    text = "async generator raised StopAsyncIteration";
  }
  if (!text) return e;
  Object r = new_exception(&exc::RuntimeError, text);
  auto* ro = r.as<ExceptionObject>();
  ro->cause = e;
  ro->context = e;
  ro->suppress_context = true;
  add_traceback(r, body);
  return r;
}

Object thrown_exception(Args args) {
  if (args.size() == 1) return exception_to_throw(args[0]);
  // throw(type, value, tb) (_gen_throw): the value itself when it is an instance of the type,
  // else the type called with it; the traceback given becomes its __traceback__.
  Object typ = args[0], val = args[1];
  Object tb = args.size() > 2 ? args[2] : None;
  if (!tb.is_none() && !is_traceback(tb)) raise(&exc::TypeError, "throw() third argument must be a traceback object");
  Object e;
  if (auto* t = typ.dyn<TypeObject>(); t && t->is_subtype_of(&exc::BaseException)) {
    if (val.is_none()) {
      e = aiocc::call(typ, {});
    } else if (type_of(val)->is_subtype_of(t)) {
      e = val;
    } else if (TupleObject* tup = as_tuple(val)) {
      e = aiocc::call(typ, Args(tup->items));
    } else {
      e = aiocc::call(typ, {val});
    }
  } else if (type_of(typ)->is_subtype_of(&exc::BaseException)) {
    if (!val.is_none()) raise(&exc::TypeError, "instance exception may not have a separate value");
    e = typ;
  } else {
    return exception_to_throw(typ);  // its TypeError
  }
  if (!tb.is_none()) aiocc::setattr(e, "__traceback__", tb);
  return e;
}

Object GeneratorObject::send(const Object& v) {
  Object out;
  if (resume(v, Object(), out)) return out;
  stop_iteration(out);
}

Object GeneratorObject::throw_in(const Object& e) {
  Object out;
  if (resume(None, exception_to_throw(e), out)) return out;
  stop_iteration(out);
}

void GeneratorObject::close() {
  if (!started || finished) {
    finished = true;
    return;
  }
  Object out;
  try {
    if (resume(None, new_exception(&exc::GeneratorExit), out)) {
      raise(&exc::RuntimeError, "generator ignored GeneratorExit");
    }
  } catch (PyException& e) {
    TypeObject* t = type_of(e.exc);
    if (!t->is_subtype_of(&exc::GeneratorExit) && !t->is_subtype_of(&exc::StopIteration)) throw;
  }
}

Object GeneratorObject::getattr(const Object& self, std::string_view name) {
  for (const char* m : {"send", "throw", "close", "__next__", "__iter__"}) {
    if (name == m) return make<BoundMethod>(self, std::string(name));
  }
  if (name == "__name__") {
    std::string q = qualname;
    size_t dot = q.rfind('.');
    return py_str(dot == std::string::npos ? q : q.substr(dot + 1));
  }
  if (name == "__qualname__") return py_str(qualname);
  if (name == "gi_running") return Object::from_bool(running);
  return HeapObject::getattr(self, name);
}

Object GeneratorObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "send") {
    check_nargs("send", args, 1, 1);
    return send(args[0]);
  }
  if (name == "__next__") {
    check_nargs("__next__", args, 0, 0);
    return send(None);
  }
  if (name == "throw") {
    check_nargs("throw", args, 1, 3);
    return throw_in(thrown_exception(args));
  }
  if (name == "close") {
    check_nargs("close", args, 0, 0);
    close();
    return None;
  }
  if (name == "__iter__") return self;
  return HeapObject::call_method(self, name, args, kw);
}

Object make_generator(Coro c, const char* qualname) { return make<GeneratorObject>(std::move(c), qualname); }

bool generator_next(GeneratorObject* g, Object& out) { return g->resume(None, Object(), out); }

// ---- yield from ------------------------------------------------------------------------------
YieldFrom::YieldFrom(const Object& src) : it_(make_iterator(src)) {}

bool YieldFrom::advance(const Resumed& r) {
  auto* gen = it_.is_heap() && it_.heap()->kind == HeapObject::Kind::Generator ? it_.as<GeneratorObject>() : nullptr;
  if (!r.thrown.is_unbound()) {
    if (type_of(r.thrown)->is_subtype_of(&exc::GeneratorExit)) {
      if (gen) {
        gen->close();
      } else if (Object close = optional_method(it_, "close"); !close.is_unbound()) {
        aiocc::call(close, {});
      }
      raise_restored(r.thrown);
    }
    if (gen) return gen->resume(None, r.thrown, value);
    Object throw_method = optional_method(it_, "throw");
    if (throw_method.is_unbound()) raise_restored(r.thrown);
    try {
      value = aiocc::call(throw_method, {r.thrown});
      return true;
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::StopIteration)) throw;
      value = stop_value(e.exc);
      return false;
    }
  }
  if (gen) return gen->resume(r.sent, Object(), value);
  if (r.sent.is_none()) {
    if (iterator_next(it_, value)) return true;
    value = None;
    return false;
  }
  try {
    value = aiocc::call_method(it_, "send", {r.sent});
    return true;
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::StopIteration)) throw;
    value = aiocc::getattr(e.exc, "value");
    return false;
  }
}

}  // namespace aiocc
