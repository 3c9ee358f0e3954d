// Where asyncio keeps its loops and tasks, as classes and functions a program can name: the event
// loop policy (events.py's BaseDefaultEventLoopPolicy, unix_events' _UnixDefaultEventLoopPolicy),
// the loop classes' hierarchy (AbstractEventLoop, BaseEventLoop, SelectorEventLoop), Handle and
// TimerHandle made directly, and the task registry's hooks (_asyncio's _register_task,
// _enter_task, _get_running_loop...).
#include "aiocc/asyncio.h"
#include "aiocc/contextvars.h"
#include "aiocc/event_loop.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/list.h"
#include "aiocc/py/math.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "asyncio_internal.h"
#include "internal.h"

namespace aiocc {

namespace asyncio {
namespace {
Object construct_selector_loop(TypeObject*, Args args, Kwargs kw);
Object construct_policy(TypeObject*, Args args, Kwargs kw);
}  // namespace

TypeObject abstract_event_loop_type("AbstractEventLoop", &types::object, not_constructible_type, "asyncio.events");
TypeObject base_event_loop_type("BaseEventLoop", &abstract_event_loop_type, not_constructible_type, "asyncio.base_events");
TypeObject base_selector_event_loop_type("BaseSelectorEventLoop", &base_event_loop_type, not_constructible_type,
                                         "asyncio.selector_events");
TypeObject abstract_policy_type("AbstractEventLoopPolicy", &types::object, not_constructible_type, "asyncio.events");
TypeObject base_default_policy_type("BaseDefaultEventLoopPolicy", &abstract_policy_type, not_constructible_type,
                                    "asyncio.events");
TypeObject default_policy_type("_UnixDefaultEventLoopPolicy", &base_default_policy_type, construct_policy,
                               "asyncio.unix_events");

namespace {

// SelectorEventLoop(): a new loop, as new_event_loop() makes.
Object construct_selector_loop(TypeObject*, Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("_UnixSelectorEventLoop", {"selector"}, 1, 0, args, kw, v);
  if (!v[0].is_unbound() && !v[0].is_none()) {
    raise(&exc::NotImplementedError, "SelectorEventLoop(selector): a selector of one's own is not supported by aiocc");
  }
  return new_owned_loop();
}

// The policy: the current loop of the main thread (_local._loop), and whether set_event_loop
// was ever called (_local._set_called), which stops get_event_loop() making one.
struct PolicyObject final : HeapObject {
  Object loop;
  bool set_called = false;
  TypeObject* type() const override { return &default_policy_type; }
  std::string repr() const override {
    return "<asyncio.unix_events._UnixDefaultEventLoopPolicy object at " + detail::address(this) + ">";
  }
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;

  Object get_event_loop() {
    if (loop.is_unbound() && !set_called) set_event_loop(new_owned_loop());
    if (loop.is_unbound()) raise(&exc::RuntimeError, "There is no current event loop in thread 'MainThread'.");
    return loop;
  }
  void set_event_loop(const Object& l) {
    set_called = true;
    if (!l.is_none() && !l.dyn<LoopObject>()) {
      raise(&exc::TypeError, "loop must be an instance of AbstractEventLoop or None, not '" + type_of(l)->name + "'");
    }
    loop = l.is_none() ? Object() : l;
  }
};

Object construct_policy(TypeObject*, Args args, Kwargs kw) {
  clinic_bind("_UnixDefaultEventLoopPolicy", {}, 0, 0, args, kw, nullptr);
  return make<PolicyObject>();
}

Object PolicyObject::getattr(const Object& self, std::string_view name) {
  if (name == "get_event_loop" || name == "set_event_loop" || name == "new_event_loop") {
    return make<BoundMethod>(self, std::string(name), "BaseDefaultEventLoopPolicy");
  }
  return HeapObject::getattr(self, name);
}

Object PolicyObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "get_event_loop") {
    check_nargs("get_event_loop", args, 0, 0);
    return get_event_loop();
  }
  if (name == "set_event_loop") {
    Object v[1];
    clinic_bind("set_event_loop", {"loop"}, 1, 1, args, kw, v);
    set_event_loop(v[0]);
    return None;
  }
  if (name == "new_event_loop") {
    check_nargs("new_event_loop", args, 0, 0);
    return new_owned_loop();
  }
  return HeapObject::call_method(self, name, args, kw);
}

Object g_policy;  // get_event_loop_policy()'s, made on first use

PolicyObject& policy() {
  if (g_policy.is_unbound()) g_policy = make<PolicyObject>();
  return *g_policy.as<PolicyObject>();
}

TaskObject* task_arg(const Object& o, const char* fname) {
  auto* t = o.dyn<TaskObject>();
  if (!t) raise(&exc::TypeError, std::string(fname) + "(): an asyncio.Task was expected, got " + repr(o));
  return t;
}

}  // namespace

Object new_owned_loop() {
  auto* loop = new EventLoop();  // lives until exit, like the loops CPython's programs keep
  loop->self.as<LoopObject>()->owned = true;
  return loop->self;
}

Object get_event_loop_policy(Args args, Kwargs kw) {
  clinic_bind("get_event_loop_policy", {}, 0, 0, args, kw, nullptr);
  policy();
  return g_policy;
}

Object set_event_loop_policy(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("set_event_loop_policy", {"policy"}, 1, 1, args, kw, v);
  if (!v[0].is_none()) {
    TypeObject* t = type_of(v[0]);
    if (!t->is_subtype_of(&abstract_policy_type)) {
      raise(&exc::TypeError, "policy must be an instance of AbstractEventLoopPolicy or None, not '" + t->name + "'");
    }
    if (!v[0].dyn<PolicyObject>()) {
      raise(&exc::NotImplementedError, "an event loop policy of one's own is not supported by aiocc");
    }
  }
  g_policy = v[0].is_none() ? Object() : v[0];
  return None;
}

// _asyncio's hooks for tasks of one's own: the running loop, the registry and the current task.
Object _get_running_loop(Args args, Kwargs kw) {
  clinic_bind("_get_running_loop", {}, 0, 0, args, kw, nullptr);
  return g_loop ? g_loop->self : None;
}

Object _set_running_loop(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("_set_running_loop", {"loop"}, 1, 1, args, kw, v);
  if (v[0].is_none()) {
    g_loop = nullptr;
    return None;
  }
  auto* lo = v[0].dyn<LoopObject>();
  if (!lo || !lo->loop) raise(&exc::TypeError, "_set_running_loop(): an open event loop was expected, got " + repr(v[0]));
  g_loop = lo->loop;
  return None;
}

Object _register_task(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("_register_task", {"task"}, 1, 1, args, kw, v);
  // A task is registered with its loop from its creation until it is done (or unregistered).
  TaskObject* t = task_arg(v[0], "_register_task");
  if (!t->loop && !t->done() && g_loop) g_loop->track(t);
  return None;
}

Object _unregister_task(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("_unregister_task", {"task"}, 1, 1, args, kw, v);
  TaskObject* t = task_arg(v[0], "_unregister_task");
  if (t->loop) t->loop->untrack(t);
  return None;
}

Object _enter_task(Args args, Kwargs kw) {
  Object v[2];
  clinic_bind("_enter_task", {"loop", "task"}, 2, 2, args, kw, v);
  TaskObject* t = task_arg(v[1], "_enter_task");
  if (g_current_task) {
    raise(&exc::RuntimeError, "Cannot enter into task " + repr(v[1]) + " while another task " +
                                  repr(Object(g_current_task)) + " is being executed.");
  }
  g_current_task = t;
  return None;
}

Object _leave_task(Args args, Kwargs kw) {
  Object v[2];
  clinic_bind("_leave_task", {"loop", "task"}, 2, 2, args, kw, v);
  if (!v[1].same(g_current_task ? Object(g_current_task) : None)) {
    raise(&exc::RuntimeError, "Leaving task " + repr(v[1]) + " does not match the current task " +
                                  (g_current_task ? repr(Object(g_current_task)) : std::string("None")) + ".");
  }
  g_current_task = nullptr;
  return None;
}

}  // namespace asyncio

// The policy's loop: asyncio.get_event_loop() outside a running loop, set_event_loop().
Object current_event_loop() {
  if (g_loop) return g_loop->self;
  return asyncio::policy().get_event_loop();
}

void set_current_event_loop(const Object& loop) { asyncio::policy().set_event_loop(loop); }

namespace types {
namespace {

// Handle(callback, args, loop, context=None) and TimerHandle(when, callback, args, loop,
// context=None): a handle nothing scheduled, which _run() calls.
Object construct_handle(TypeObject* t, Args args, Kwargs kw) {
  const bool timer = t == &timer_handle;
  Object v[5];
  if (timer) {
    clinic_bind("TimerHandle", {"when", "callback", "args", "loop", "context"}, 5, 4, args, kw, v);
  } else {
    clinic_bind("Handle", {"callback", "args", "loop", "context"}, 4, 3, args, kw, v + 1);
  }
  auto* h = new HandleObject();
  Object handle(h);
  h->is_timer = timer;
  if (timer) h->when = math::as_double(v[0]);
  h->callback = v[1];
  if (!v[2].is_none()) h->args = to_vector(v[2]);
  h->context = v[4].is_unbound() || v[4].is_none() ? snapshot_context() : v[4];
  return handle;
}
}  // namespace

TypeObject event_loop("_UnixSelectorEventLoop", &asyncio::base_selector_event_loop_type, asyncio::construct_selector_loop,
                      "asyncio.unix_events");
TypeObject handle("Handle", &object, construct_handle, "asyncio.events");
TypeObject timer_handle("TimerHandle", &handle, construct_handle, "asyncio.events");
}  // namespace types

}  // namespace aiocc
