// asyncio's synchronization primitives and queues, transcribed from CPython 3.11's locks.py and
// queues.py: Event, Lock, Semaphore, BoundedSemaphore, Queue, LifoQueue, PriorityQueue. Their
// `async def` methods return coroutine objects, as in CPython, so an un-awaited `q.put(x)` warns
// the same way.
#include <deque>

#include "aiocc/asyncio.h"
#include "aiocc/event_loop.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/name.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "cpython_frames.h"
#include "heap.h"
#include "internal.h"

namespace aiocc {

namespace exc {
TypeObject QueueEmpty("QueueEmpty", &Exception, construct_exception, "asyncio.queues");
TypeObject QueueFull("QueueFull", &Exception, construct_exception, "asyncio.queues");
}  // namespace exc

namespace asyncio {
namespace {

const CodeInfo kRuntime{"<asyncio>", nullptr, nullptr};

// Calling one of the classes (a subscripted or aliased asyncio.Queue, type(q)()) is calling
// the asyncio function of its name.
template <Object (*Make)(Args, Kwargs)>
Object construct_as(TypeObject*, Args args, Kwargs kw) {
  return Make(args, kw);
}

}  // namespace

TypeObject event_type("Event", &types::object, construct_as<Event>, "asyncio.locks");
TypeObject lock_type("Lock", &types::object, construct_as<Lock>, "asyncio.locks");
TypeObject semaphore_type("Semaphore", &types::object, construct_as<Semaphore>, "asyncio.locks");
TypeObject bounded_semaphore_type("BoundedSemaphore", &semaphore_type, construct_as<BoundedSemaphore>, "asyncio.locks");
TypeObject queue_type("Queue", &types::object, construct_as<Queue>, "asyncio.queues");
TypeObject lifo_queue_type("LifoQueue", &queue_type, construct_as<LifoQueue>, "asyncio.queues");
TypeObject priority_queue_type("PriorityQueue", &queue_type, construct_as<PriorityQueue>, "asyncio.queues");

namespace {

// obj.method as a value (e.g. `loop.call_soon(event.set)`): a bound method when the name is
// one of the type's methods, reported as CPython's Python method of `owner` (locks.py,
// queues.py): `<bound method Event.set of <asyncio.locks.Event object at ... [unset]>>`.
Object bound_method_or_error(HeapObject* h, const Object& self, std::string_view name,
                             std::initializer_list<const char*> methods, const char* owner) {
  for (const char* m : methods) {
    if (name == m) return make<BoundMethod>(self, std::string(name), owner);
  }
  return h->HeapObject::getattr(self, name);
}

bool is_cancelled(const Object& e) { return type_of(e)->is_subtype_of(&exc::CancelledError); }

void erase_first(std::deque<Object>& d, const Object& x) {
  for (auto it = d.begin(); it != d.end(); ++it) {
    if (it->same(x)) {
      d.erase(it);
      return;
    }
  }
}

// Waits for `fut`; resumes with the exception (or Unbound) instead of throwing it.
FutureOutcomeAwaiter outcome_of(Frame& f, const Object& fut) { return FutureOutcomeAwaiter{fut, &f}; }

// Raises what interrupted the coroutine's `await fut` (a cancellation), with the frame of the
// locks.py/queues.py method at that line, as CPython's traceback shows it.
[[noreturn]] void raise_from_await(Frame& f, Object e) {
  f.pos = cpython::kAwaitPos;
  add_traceback(e, &f);
  throw PyException{std::move(e)};
}

// ---- Event -----------------------------------------------------------------------------------
struct EventObject final : HeapObject {
  std::deque<Object> waiters;
  bool value = false;
  TypeObject* type() const override { return &event_type; }
  std::string repr() const override {
    std::string extra = value ? "set" : "unset";
    if (!waiters.empty()) extra += ", waiters:" + std::to_string(waiters.size());
    return "<asyncio.locks.Event object at " + detail::address(this) + " [" + extra + "]>";
  }
  void set() {
    if (value) return;
    value = true;
    for (Object& f : waiters) {
      if (!as_future(f)->done()) as_future(f)->set_result(True());
    }
  }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  AwaitNow await_method(const Name& n, Args args, Object& out, ParkedCall& park) override;
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "_value") return Object::from_bool(value);  // locks.py's private state, read
    return bound_method_or_error(this, self, name, {"is_set", "set", "clear", "wait"}, "Event");
  }
};

Coro event_wait(Object self) {
  Frame& f = co_await enter(&cpython::event_wait);
  auto* ev = self.as<EventObject>();
  if (ev->value) co_return True();
  Object fut = new_future();
  ev->waiters.push_back(fut);
  Object e = co_await outcome_of(f, fut);
  erase_first(ev->waiters, fut);
  if (!e.is_unbound()) raise_from_await(f, e);
  co_return True();
}

// `await event.wait()` without a coroutine: event_wait's body, its `await fut` parking the
// awaiting task itself.
Object event_wait_resume(const Object& self, const Object& fut, Object e, Frame* awaiting) {
  erase_first(self.as<EventObject>()->waiters, fut);
  if (!e.is_unbound()) {
    cpython::add_frame(e, cpython::event_wait, cpython::kAwaitPos);
    add_traceback(e, awaiting);
    throw PyException{std::move(e)};
  }
  return True();
}

AwaitNow EventObject::await_method(const Name& n, Args args, Object& out, ParkedCall& park) {
  static const Name& wait = intern("wait");
  if (&n != &wait || args.size() != 1) return AwaitNow::Call;
  if (value) {
    out = True();
    return AwaitNow::Done;
  }
  out = new_future();
  waiters.push_back(out);
  park = {args[0], event_wait_resume};
  return AwaitNow::Park;
}

Object EventObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "is_set") return Object::from_bool(value);
  if (name == "set") {
    set();
    return None;
  }
  if (name == "clear") {
    value = false;
    return None;
  }
  if (name == "wait") return make_coroutine(event_wait(self), "Event.wait", nullptr);
  return HeapObject::call_method(self, name, args, kw);
}

// ---- Lock ------------------------------------------------------------------------------------
struct LockObject final : HeapObject {
  std::deque<Object> waiters;
  bool locked = false;
  TypeObject* type() const override { return &lock_type; }
  std::string repr() const override {
    std::string extra = locked ? "locked" : "unlocked";
    if (!waiters.empty()) extra += ", waiters:" + std::to_string(waiters.size());
    return "<asyncio.locks.Lock object at " + detail::address(this) + " [" + extra + "]>";
  }
  void wake_up_first() {
    if (waiters.empty()) return;
    FutureObject* f = as_future(waiters.front());
    if (!f->done()) f->set_result(True());
  }
  void release() {
    if (!locked) raise(&exc::RuntimeError, "Lock is not acquired.");
    locked = false;
    wake_up_first();
  }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "_locked") return Object::from_bool(locked);
    return bound_method_or_error(this, self, name, {"locked", "release", "acquire"}, "Lock");
  }
};

Coro lock_acquire(Object self) {
  Frame& f = co_await enter(&cpython::lock_acquire);
  auto* l = self.as<LockObject>();
  bool all_cancelled = true;
  for (Object& w : l->waiters) all_cancelled &= as_future(w)->cancelled();
  if (!l->locked && all_cancelled) {
    l->locked = true;
    co_return True();
  }
  Object fut = new_future();
  l->waiters.push_back(fut);
  Object e = co_await outcome_of(f, fut);
  erase_first(l->waiters, fut);
  if (!e.is_unbound()) {
    if (is_cancelled(e) && !l->locked) l->wake_up_first();
    raise_from_await(f, e);
  }
  l->locked = true;
  co_return True();
}

// ---- Semaphore -------------------------------------------------------------------------------
struct SemaphoreObject final : HeapObject {
  std::deque<Object> waiters;
  int64_t value;
  int64_t bound = -1;  // BoundedSemaphore's initial value
  explicit SemaphoreObject(int64_t v) : value(v) {}
  TypeObject* type() const override { return bound >= 0 ? &bounded_semaphore_type : &semaphore_type; }
  bool is_locked() const {
    if (value == 0) return true;
    for (const Object& w : waiters) {
      if (!as_future(w)->cancelled()) return true;
    }
    return false;
  }
  std::string repr() const override {
    std::string extra = is_locked() ? "locked" : "unlocked, value:" + std::to_string(value);
    if (!waiters.empty()) extra += ", waiters:" + std::to_string(waiters.size());
    return "<asyncio.locks." + type()->name + " object at " + detail::address(this) + " [" + extra + "]>";
  }
  void wake_up_next() {
    for (Object& w : waiters) {
      FutureObject* f = as_future(w);
      if (!f->done()) {
        --value;
        f->set_result(True());
        return;
      }
    }
  }
  void release() {
    if (bound >= 0 && value >= bound) {
      cpython::raise_in(cpython::bounded_release, &exc::ValueError, "BoundedSemaphore released too many times");
    }
    ++value;
    wake_up_next();
  }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  Object getattr(const Object& self, std::string_view name) override {
    // BoundedSemaphore overrides release only.
    if (name == "_value") return py_int(value);
    if (name == "_bound_value" && type() == &bounded_semaphore_type) return py_int(bound);
    const char* owner = name == "release" && type() == &bounded_semaphore_type ? "BoundedSemaphore" : "Semaphore";
    return bound_method_or_error(this, self, name, {"locked", "release", "acquire"}, owner);
  }
};

Coro semaphore_acquire(Object self) {
  Frame& f = co_await enter(&cpython::semaphore_acquire);
  auto* s = self.as<SemaphoreObject>();
  if (!s->is_locked()) {
    --s->value;
    co_return True();
  }
  Object fut = new_future();
  s->waiters.push_back(fut);
  Object e = co_await outcome_of(f, fut);
  erase_first(s->waiters, fut);
  if (!e.is_unbound()) {
    if (is_cancelled(e) && !as_future(fut)->cancelled()) {
      ++s->value;
      s->wake_up_next();
    }
    raise_from_await(f, e);
  }
  if (s->value > 0) s->wake_up_next();
  co_return True();
}

// `async with lock:` / `async with sem:` — __aenter__ acquires, __aexit__ releases.
Coro acquire_then_none(Object self, Coro (*acquire)(Object)) {
  Frame& f = co_await enter(&cpython::lock_aenter);
  f.pos = cpython::kAwaitPos;
  co_await CoroAwaiter{acquire(self), &f};
  co_return None;
}

Coro release_then_none(Object self) {
  co_await enter(&kRuntime);
  if (auto* l = self.dyn<LockObject>()) l->release();
  if (auto* s = self.dyn<SemaphoreObject>()) s->release();
  co_return None;
}

Object LockObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "locked") return Object::from_bool(locked);
  if (name == "release") {
    release();
    return None;
  }
  if (name == "acquire") return make_coroutine(lock_acquire(self), "Lock.acquire", nullptr);
  if (name == "__aenter__") {
    return make_coroutine(acquire_then_none(self, lock_acquire), "_ContextManagerMixin.__aenter__", nullptr);
  }
  if (name == "__aexit__") {
    return make_coroutine(release_then_none(self), "_ContextManagerMixin.__aexit__", nullptr);
  }
  return HeapObject::call_method(self, name, args, kw);
}

Object SemaphoreObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "locked") return Object::from_bool(is_locked());
  if (name == "release") {
    release();
    return None;
  }
  if (name == "acquire") return make_coroutine(semaphore_acquire(self), "Semaphore.acquire", nullptr);
  if (name == "__aenter__") {
    return make_coroutine(acquire_then_none(self, semaphore_acquire), "_ContextManagerMixin.__aenter__", nullptr);
  }
  if (name == "__aexit__") {
    return make_coroutine(release_then_none(self), "_ContextManagerMixin.__aexit__", nullptr);
  }
  return HeapObject::call_method(self, name, args, kw);
}

// ---- Queue, LifoQueue, PriorityQueue -----------------------------------------------------------
// `body` in PriorityQueue's _put or _get frame (`inner`), called from put_nowait or get_nowait
// (`outer`, at its position 1), as CPython's traceback shows a comparison that fails there.
template <class F>
void in_priority_frames(const CodeInfo& outer, const CodeInfo& inner, F&& body) {
  cpython::run_in(&outer, [&](PlainFrame& f) {
    f.pos = 1;
    return cpython::run_in(&inner, [&](PlainFrame&) {
      body();
      return None;
    });
  });
}

// One object for the three: `cls` says which end get() takes (_get), and a PriorityQueue keeps
// its items as heapq's heap (_put and _get compare them as heappush and heappop do).
struct QueueObject final : HeapObject {
  std::deque<Object> items, getters, putters;
  TypeObject* cls;
  int64_t maxsize;
  int64_t unfinished = 0;
  Object finished;  // an EventObject
  QueueObject(TypeObject* c, int64_t m) : cls(c), maxsize(m), finished(make<EventObject>()) {
    finished.as<EventObject>()->set();
  }
  TypeObject* type() const override { return cls; }
  // Queue.__repr__ has the address, __str__ not; both show Queue._format().
  std::string format() const {
    std::string s = "maxsize=" + std::to_string(maxsize);
    if (!items.empty()) s += " _queue=" + aiocc::repr(py_list(std::vector<Object>(items.begin(), items.end())));
    if (!getters.empty()) s += " _getters[" + std::to_string(getters.size()) + "]";
    if (!putters.empty()) s += " _putters[" + std::to_string(putters.size()) + "]";
    if (unfinished) s += " tasks=" + std::to_string(unfinished);
    return s;
  }
  std::string repr() const override { return "<" + cls->name + " at " + detail::address(this) + " " + format() + ">"; }
  std::string str() const override { return "<" + cls->name + " " + format() + ">"; }
  bool full() const { return maxsize > 0 && static_cast<int64_t>(items.size()) >= maxsize; }
  void put_nowait(const Object& item) {
    if (full()) {
      cpython::run_in(&cpython::queue_put_nowait, [](PlainFrame&) -> Object { raise_exc(new_exception(&exc::QueueFull)); });
    }
    items.push_back(item);
    if (cls == &priority_queue_type) {
      in_priority_frames(cpython::queue_put_nowait, cpython::priority_put,
                         [&] { heap::siftdown(items, 0, items.size() - 1); });
    }
    ++unfinished;
    finished.as<EventObject>()->value = false;
    wakeup_next(getters);
  }
  Object get_nowait() {
    if (items.empty()) {
      cpython::run_in(&cpython::queue_get_nowait, [](PlainFrame&) -> Object { raise_exc(new_exception(&exc::QueueEmpty)); });
    }
    Object item;
    if (cls == &queue_type) {
      item = std::move(items.front());
      items.pop_front();
    } else if (cls == &lifo_queue_type || items.size() == 1) {
      item = std::move(items.back());
      items.pop_back();
    } else {  // heappop: the last item moves to the top and sifts up
      item = std::move(items.front());
      items.front() = std::move(items.back());
      items.pop_back();
      in_priority_frames(cpython::queue_get_nowait, cpython::priority_get, [&] { heap::siftup(items, 0); });
    }
    wakeup_next(putters);
    return item;
  }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  // `await q.put(x)` on a queue with room, `await q.get()` on one with items: queue_put's and
  // queue_get's bodies without their loops (FIFO and LIFO queues; a PriorityQueue's put_nowait
  // and get_nowait compare items, which may raise inside those frames).
  AwaitNow await_method(const Name& n, Args args, Object& out, ParkedCall&) override {
    static const Name& put = intern("put");
    static const Name& get = intern("get");
    if (cls != &queue_type && cls != &lifo_queue_type) return AwaitNow::Call;
    if (&n == &put && args.size() == 2 && !full()) {
      put_nowait(args[1]);
      out = None;
      return AwaitNow::Done;
    }
    if (&n == &get && args.size() == 1 && !items.empty()) {
      out = get_nowait();
      return AwaitNow::Done;
    }
    return AwaitNow::Call;
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "maxsize" || name == "_maxsize") return py_int(maxsize);
    if (name == "_unfinished_tasks") return py_int(unfinished);  // queues.py's private state, read
    if (name == "_finished") return finished;
    // A LifoQueue's or PriorityQueue's methods are those it inherits: `Queue.put` in their names.
    return bound_method_or_error(this, self, name, {"qsize", "empty", "full", "put_nowait",
                                 "get_nowait", "put", "get", "join", "task_done"}, "Queue");
  }
};

Coro queue_put(Object self, Object item) {
  Frame& f = co_await enter(&cpython::queue_put);
  auto* q = self.as<QueueObject>();
  while (q->full()) {
    Object putter = new_future();
    q->putters.push_back(putter);
    Object e = co_await outcome_of(f, putter);
    if (!e.is_unbound()) {
      as_future(putter)->cancel(None);
      erase_first(q->putters, putter);
      if (!q->full() && !as_future(putter)->cancelled()) aiocc::wakeup_next(q->putters);
      raise_from_await(f, e);
    }
  }
  f.pos = 2;  // `return self.put_nowait(item)`
  q->put_nowait(item);
  co_return None;
}

Coro queue_get(Object self) {
  Frame& f = co_await enter(&cpython::queue_get);
  auto* q = self.as<QueueObject>();
  while (q->items.empty()) {
    Object getter = new_future();
    q->getters.push_back(getter);
    Object e = co_await outcome_of(f, getter);
    if (!e.is_unbound()) {
      as_future(getter)->cancel(None);
      erase_first(q->getters, getter);
      if (!q->items.empty() && !as_future(getter)->cancelled()) aiocc::wakeup_next(q->getters);
      raise_from_await(f, e);
    }
  }
  f.pos = 2;  // `return self.get_nowait()`
  co_return q->get_nowait();
}

Coro queue_join(Object self) {
  Frame& f = co_await enter(&cpython::queue_join);
  auto* q = self.as<QueueObject>();
  f.pos = cpython::kAwaitPos;
  if (q->unfinished > 0) co_await CoroAwaiter{event_wait(q->finished), &f};
  co_return None;
}

Object QueueObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  // put/get first: they are the hot path.
  if (name == "put") {
    check_nargs("put", args, 1, 1);
    return make_coroutine(queue_put(self, args[0]), "Queue.put", nullptr);
  }
  if (name == "get") return make_coroutine(queue_get(self), "Queue.get", nullptr);
  if (name == "qsize") return py_int(static_cast<int64_t>(items.size()));
  if (name == "empty") return Object::from_bool(items.empty());
  if (name == "full") return Object::from_bool(full());
  if (name == "put_nowait") {
    check_nargs("put_nowait", args, 1, 1);
    put_nowait(args[0]);
    return None;
  }
  if (name == "get_nowait") return get_nowait();
  if (name == "join") return make_coroutine(queue_join(self), "Queue.join", nullptr);
  if (name == "task_done") {
    if (unfinished <= 0) {
      cpython::raise_in(cpython::queue_task_done, &exc::ValueError, "task_done() called too many times");
    }
    if (--unfinished == 0) finished.as<EventObject>()->set();
    return None;
  }
  return HeapObject::call_method(self, name, args, kw);
}

int64_t int_arg(const char* fname, const Object& o) {
  if (o.is_small_int()) return o.as_int();
  if (o.is_bool()) return o.as_bool();
  raise(&exc::TypeError, std::string(fname) + "() argument must be int, not " + type_of(o)->name);
}

}  // namespace

// The classes' __init__ signatures, as locks.py and queues.py define them (the placeholder
// self is None: each body makes its object).
Object Event(Args args, Kwargs kw) {
  static const PyDef init("Event.__init__", {{"self"}}, {Object()}, py_body<+[](const Object*) { return make<EventObject>(); }>);
  return init.call_method(None, args, kw);
}

Object Lock(Args args, Kwargs kw) {
  static const PyDef init("Lock.__init__", {{"self"}}, {Object()}, py_body<+[](const Object*) { return make<LockObject>(); }>);
  return init.call_method(None, args, kw);
}

Object new_semaphore(const Object& value, const char* cls) {
  if (lt(value, py_int(0))) raise(&exc::ValueError, "Semaphore initial value must be >= 0");
  return make<SemaphoreObject>(int_arg(cls, value));
}

Object Semaphore(Args args, Kwargs kw) {
  static const PyDef init("Semaphore.__init__", {{"self", "value"}}, {Object(), py_int(1)},
                          py_body<+[](const Object* a) { return new_semaphore(a[1], "Semaphore"); }>);
  return init.call_method(None, args, kw);
}

Object BoundedSemaphore(Args args, Kwargs kw) {
  static const PyDef init("BoundedSemaphore.__init__", {{"self", "value"}}, {Object(), py_int(1)},
                          py_body<+[](const Object* a) {
                            Object s = new_semaphore(a[1], "BoundedSemaphore");
                            s.as<SemaphoreObject>()->bound = s.as<SemaphoreObject>()->value;
                            return s;
                          }>);
  return init.call_method(None, args, kw);
}

namespace {
// The three queue classes share Queue.__init__.
template <TypeObject* Cls>
Object new_queue(Args args, Kwargs kw) {
  static const PyDef init("Queue.__init__", {{"self", "maxsize"}}, {Object(), py_int(0)},
                          py_body<+[](const Object* a) { return make<QueueObject>(Cls, int_arg("Queue", a[1])); }>);
  return init.call_method(None, args, kw);
}
}  // namespace

Object Queue(Args args, Kwargs kw) { return new_queue<&queue_type>(args, kw); }
Object LifoQueue(Args args, Kwargs kw) { return new_queue<&lifo_queue_type>(args, kw); }
Object PriorityQueue(Args args, Kwargs kw) { return new_queue<&priority_queue_type>(args, kw); }

}  // namespace asyncio
}  // namespace aiocc
