// asyncio's structured-concurrency context managers, transcribed from CPython 3.11's
// taskgroups.py (TaskGroup) and timeouts.py (timeout, Timeout) into C++ coroutines.
#include "aiocc/asyncio.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

#include "aiocc/event_loop.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/set.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "cpython_frames.h"
#include "asyncio_internal.h"
#include "internal.h"

namespace aiocc::asyncio {

// ---- TaskGroup -------------------------------------------------------------------------------
namespace {

struct TaskGroupObject final : HeapObject {
  bool entered = false, exiting = false, aborting = false, parent_cancel_requested = false;
  Object parent_task;
  std::vector<Object> tasks;
  std::vector<Object> errors;
  Object base_error;
  Object on_completed_fut;

  TypeObject* type() const override { return &types::task_group; }
  std::string repr() const override {
    std::string info;
    if (!tasks.empty()) info += " tasks=" + std::to_string(tasks.size());
    if (!errors.empty()) info += " errors=" + std::to_string(errors.size());
    if (aborting) info += " cancelling";
    else if (entered) info += " entered";
    return "<TaskGroup" + info + ">";
  }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;

  void abort() {
    aborting = true;
    for (Object& t : tasks) {
      FutureObject* f = as_future(t);
      if (!f->done()) f->cancel(None);
    }
  }
};

void taskgroup_task_done(ReadyItem& it) {
  auto* g = it.a.as<TaskGroupObject>();
  auto* task = it.b.as<TaskObject>();
  std::erase_if(g->tasks, [&](const Object& t) { return t.same(it.b); });
  if (FutureObject* c = as_future(g->on_completed_fut); c && g->tasks.empty() && !c->done()) {
    c->set_result(True());
  }
  if (task->cancelled()) return;
  Object e = task->exception();
  if (e.is_none()) return;
  g->errors.push_back(e);
  if (is_exit_exception(e) && g->base_error.is_unbound()) g->base_error = e;
  auto* parent = g->parent_task.as<TaskObject>();
  if (parent->done()) return;
  if (!g->aborting && !g->parent_cancel_requested) {
    g->abort();
    g->parent_cancel_requested = true;
    parent->cancel(None);
  }
}

Coro taskgroup_aenter(Object self) {
  co_await enter(&runtime_code);
  auto* g = self.as<TaskGroupObject>();
  if (g->entered) raise(&exc::RuntimeError, "TaskGroup " + g->repr() + " has been already entered");
  g->entered = true;
  running_loop();
  if (!g_current_task) {
    raise(&exc::RuntimeError, "TaskGroup " + g->repr() + " cannot determine the parent task");
  }
  g->parent_task = Object(g_current_task);
  co_return self;
}

Coro taskgroup_aexit(Object self, Object et, Object exc_value) {
  Frame& f = co_await enter(&runtime_code);
  auto* g = self.as<TaskGroupObject>();
  g->exiting = true;
  if (!exc_value.is_none() && is_exit_exception(exc_value) && g->base_error.is_unbound()) {
    g->base_error = exc_value;
  }
  Object propagate_cancellation = et.same(Object(&exc::CancelledError)) ? exc_value : Object();
  if (g->parent_cancel_requested) {
    auto* parent = g->parent_task.as<TaskObject>();
    if (parent->num_cancels_requested > 0) --parent->num_cancels_requested;
    if (parent->num_cancels_requested == 0) propagate_cancellation = Object();
  }
  if (!et.is_none() && !g->aborting) g->abort();
  while (!g->tasks.empty()) {
    if (g->on_completed_fut.is_unbound()) g->on_completed_fut = new_future();
    Object cancelled = co_await FutureOutcomeAwaiter{g->on_completed_fut, &f};
    if (!cancelled.is_unbound() && !is_cancelled_error(cancelled)) throw PyException{cancelled};
    if (!cancelled.is_unbound() && !g->aborting) {
      propagate_cancellation = cancelled;
      g->abort();
    }
    g->on_completed_fut = Object();
  }
  if (!g->base_error.is_unbound()) throw PyException{g->base_error};
  if (!propagate_cancellation.is_unbound() && g->errors.empty()) {
    cpython::add_frame(propagate_cancellation, cpython::taskgroup_propagate_cancel);
    throw PyException{propagate_cancellation};
  }
  if (!et.is_none() && !et.same(Object(&exc::CancelledError))) g->errors.push_back(exc_value);
  if (!g->errors.empty()) {
    Object me = call(Object(&exc::BaseExceptionGroup),
                     {py_str("unhandled errors in a TaskGroup"), py_list(std::move(g->errors))});
    g->errors.clear();
    auto* eo = me.as<ExceptionObject>();
    eo->suppress_context = true;
    if (!exc_value.is_none()) eo->context = exc_value;
    Frame synthetic{&cpython::taskgroup_aexit};
    add_traceback(me, &synthetic);
    throw PyException{me};
  }
  co_return None;
}

Object TaskGroupObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "__aenter__") return make_coroutine(taskgroup_aenter(self), "TaskGroup.__aenter__", nullptr);
  if (name == "__aexit__") {
    check_nargs("__aexit__", args, 3, 3);
    return make_coroutine(taskgroup_aexit(self, args[0], args[1]), "TaskGroup.__aexit__", nullptr);
  }
  if (name == "create_task") {
    // TaskGroup.create_task(self, coro, *, name=None, context=None)
    static const PyDef def("TaskGroup.create_task", {{"self", "coro", "name", "context"}, 0, 2},
                           {Object(), Object(), None, None},
                           py_body<+[](const Object* a) { return py_tuple({a[1], a[2], a[3]}); }>);
    Object b = def.call_method(self, args, kw);
    const Object bound[3] = {as_tuple(b)->items[0], as_tuple(b)->items[1], as_tuple(b)->items[2]};
    if (!entered) raise(&exc::RuntimeError, "TaskGroup " + repr() + " has not been entered");
    if (exiting && tasks.empty()) raise(&exc::RuntimeError, "TaskGroup " + repr() + " is finished");
    if (aborting) raise(&exc::RuntimeError, "TaskGroup " + repr() + " is shutting down");
    std::string tname = bound[1].is_unbound() || bound[1].is_none() ? "" : aiocc::str(bound[1]);
    Object task = aiocc::create_task(bound[0], tname, bound[2]);
    as_future(task)->add_done_callback({taskgroup_task_done, self, &kOnTaskDone});
    tasks.push_back(task);
    return task;
  }
  return HeapObject::call_method(self, name, args, kw);
}

}  // namespace

Object TaskGroup(Args args, Kwargs kw) {
  static const PyDef init("TaskGroup.__init__", {{"self"}}, {Object()},
                          py_body<+[](const Object*) { return make<TaskGroupObject>(); }>);
  return init.call_method(None, args, kw);
}


// ---- timeout (timeouts.py) -------------------------------------------------------------------
TypeObject timeout_type("Timeout", &types::object, [](TypeObject*, Args args, Kwargs kw) { return Timeout(args, kw); },
                        "asyncio.timeouts");

namespace {

struct TimeoutObject final : HeapObject {
  enum class State { Created, Entered, Expiring, Expired, Exited } state = State::Created;
  Object when;  // None, or the loop time it ends at (a float, or what timeout_at was given)
  Object handler;
  Object task;
  int64_t cancelling = 0;
  TypeObject* type() const override { return &timeout_type; }
  std::string repr() const override {
    static const char* names[] = {"created", "active", "expiring", "expired", "finished"};
    // timeouts.py: the state, then the deadline rounded to the millisecond while active.
    std::string text = std::string("<Timeout [") + names[static_cast<int>(state)] + "]";
    if (state == State::Entered) {
      text += " when=" + (when.is_none() ? std::string("None") : aiocc::repr(builtins::round({when, Object::from_int(3)}, {})));
    }
    return text + ">";
  }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  void reschedule(const Object& self, const Object& new_when);
};

void timeout_fired(ReadyItem& it) {
  auto* t = it.a.as<TimeoutObject>();
  as_future(t->task)->cancel(None);
  t->state = TimeoutObject::State::Expiring;
  t->handler = Object();
}

void TimeoutObject::reschedule(const Object& self, const Object& new_when) {
  if (state != State::Entered) {
    static const char* names[] = {"created", "active", "expiring", "expired", "finished"};
    raise(&exc::RuntimeError, std::string("Cannot change state of ") + names[static_cast<int>(state)] + " Timeout");
  }
  when = new_when;
  if (auto* h = handler.dyn<HandleObject>()) h->cancel();
  handler = Object();
  if (new_when.is_none()) return;
  EventLoop& loop = running_loop();
  auto* h = new HandleObject();
  handler = Object(h);
  h->is_timer = true;
  h->when = as_seconds(new_when);
  if (h->when <= loop.time()) {
    loop.call_soon(timeout_fired, self, Object(), handler);
  } else {
    loop.call_at(h->when, timeout_fired, self, Object(), handler);
  }
}

Coro timeout_aenter(Object self) {
  co_await enter(&runtime_code);
  auto* t = self.as<TimeoutObject>();
  t->state = TimeoutObject::State::Entered;
  if (!g_current_task) raise(&exc::RuntimeError, "Timeout should be used inside a task");
  t->task = Object(g_current_task);
  t->cancelling = g_current_task->num_cancels_requested;
  t->reschedule(self, t->when);
  co_return self;
}

Coro timeout_aexit(Object self, Object et, Object exc_value) {
  co_await enter(&runtime_code);
  auto* t = self.as<TimeoutObject>();
  if (auto* h = t->handler.dyn<HandleObject>()) h->cancel();
  t->handler = Object();
  if (t->state == TimeoutObject::State::Expiring) {
    t->state = TimeoutObject::State::Expired;
    auto* task = t->task.as<TaskObject>();
    if (task->num_cancels_requested > 0) --task->num_cancels_requested;
    if (task->num_cancels_requested <= t->cancelling && et.same(Object(&exc::CancelledError))) {
      Object e = new_exception(&exc::TimeoutError);
      auto* eo = e.as<ExceptionObject>();
      eo->cause = exc_value;
      eo->context = exc_value;
      eo->suppress_context = true;
      Frame synthetic{&cpython::timeout_aexit};  // `raise TimeoutError from exc_val`
      add_traceback(e, &synthetic);
      throw PyException{e};
    }
  } else if (t->state == TimeoutObject::State::Entered) {
    t->state = TimeoutObject::State::Exited;
  }
  co_return None;
}

Object TimeoutObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "__aenter__") return make_coroutine(timeout_aenter(self), "Timeout.__aenter__", nullptr);
  if (name == "__aexit__") {
    check_nargs("__aexit__", args, 3, 3);
    return make_coroutine(timeout_aexit(self, args[0], args[1]), "Timeout.__aexit__", nullptr);
  }
  if (name == "when") return when;
  if (name == "expired") {
    return Object::from_bool(state == State::Expiring || state == State::Expired);
  }
  if (name == "reschedule") {
    check_nargs("reschedule", args, 1, 1);
    reschedule(self, args[0]);
    return None;
  }
  return HeapObject::call_method(self, name, args, kw);
}

}  // namespace

Object timeout(Args args, Kwargs kw) {
  static const PyDef def("timeout", {{"delay"}}, {Object()}, py_body<+[](const Object* a) {
                           auto* t = new TimeoutObject();
                           Object o(t);
                           t->when = a[0].is_none() ? None : Object::from_float(running_loop().time() + as_seconds(a[0]));
                           return o;
                         }>);
  return def(args, kw);
}

namespace {
Object timeout_ending_at(const Object& when) {
  auto* t = new TimeoutObject();
  Object o(t);
  t->when = when;
  return o;
}
}  // namespace

// timeout_at(when): a Timeout ending at the loop time `when` (None: never), kept as given.
Object timeout_at(Args args, Kwargs kw) {
  static const PyDef def("timeout_at", {{"when"}}, {Object()}, py_body<+[](const Object* a) { return timeout_ending_at(a[0]); }>);
  return def(args, kw);
}

// Timeout(when): the class itself, as timeout_at makes it.
Object Timeout(Args args, Kwargs kw) {
  static const PyDef init("Timeout.__init__", {{"self", "when"}}, {Object(), Object()},
                          py_body<+[](const Object* a) { return timeout_ending_at(a[1]); }>);
  return init.call_method(None, args, kw);
}

}  // namespace aiocc::asyncio
