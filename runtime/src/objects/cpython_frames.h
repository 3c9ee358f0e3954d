// Frames of CPython's own asyncio code that appear in CPython's tracebacks (asyncio.run's
// runner, run_until_complete, TaskGroup.__aexit__). aiocc's runtime adds the same entries so
// an uncaught exception prints exactly what CPython prints. Their file paths come from the
// CPython install found at build time (AIOCC_CPYTHON_ASYNCIO_DIR); line numbers are 3.11.7's.
#pragma once

#include <string>
#include <string_view>

#include "aiocc/frame.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/object.h"

namespace aiocc::cpython {

// CPython's standard library directory (the folder above the asyncio found at build time).
std::string stdlib_dir();

extern const CodeInfo runners_run;         // runners.py:190, in run
extern const CodeInfo runner_run;          // runners.py:118, in run
extern const CodeInfo runner_raise_interrupt;  // runners.py:123, in run (KeyboardInterrupt)
extern const CodeInfo runner_not_coroutine;    // runners.py:89, in run (ValueError)
extern const CodeInfo runner_running_loop;     // runners.py:93, in run (RuntimeError)
extern const CodeInfo runner_run_lazy_init;    // runners.py:96, in run: `self._lazy_init()`
extern const CodeInfo runner_closed;           // runners.py:133, in _lazy_init (RuntimeError)
extern const CodeInfo run_until_complete;  // base_events.py:653, in run_until_complete
extern const CodeInfo handle_run;          // events.py:80, in _run (a loop callback)
extern const CodeInfo call_exception_handler;  // base_events.py:1808, the handler set on the loop
// What a SystemExit or KeyboardInterrupt out of a task step passes through (base_events.py).
extern const CodeInfo run_once_handle;             // 1922, `handle._run()`
extern const CodeInfo run_forever_run_once;        // 607, `self._run_once()`
extern const CodeInfo run_until_complete_forever;  // 640, `self.run_forever()`
// A closed loop's RuntimeError: _check_closed (519), from the method that called it (base_events.py).
extern const CodeInfo check_closed, closed_create_task, closed_run_forever, closed_run_until_complete,
    closed_call_later, closed_call_at, closed_call_soon;
extern const CodeInfo taskgroup_aexit;     // taskgroups.py:145, in __aexit__
extern const CodeInfo taskgroup_propagate_cancel;  // taskgroups.py:134, in __aexit__
extern const CodeInfo timeout_aexit;       // timeouts.py:115, in __aexit__
// tasks.py: sleep's two suspension points, and wait_for's result / TimeoutError lines for the
// zero-timeout branch (462, 464) and the timer branch (500, 502).
extern const CodeInfo sleep0_yield;        // tasks.py:634, in __sleep0
extern const CodeInfo sleep_await_sleep0;  // tasks.py:640, in sleep
extern const CodeInfo sleep_await_future;  // tasks.py:649, in sleep
extern const CodeInfo wait_for_result_now; // tasks.py:462, in wait_for
extern const CodeInfo wait_for_raise_now;  // tasks.py:464, in wait_for
extern const CodeInfo wait_for_result;     // tasks.py:500, in wait_for
extern const CodeInfo wait_for_raise;      // tasks.py:502, in wait_for
extern const CodeInfo wrap_awaitable;      // tasks.py:694, in _wrap_awaitable
extern const CodeInfo bounded_release;     // locks.py:434, in release
// Coroutines of asyncio's Python code, as a cancellation's traceback shows them: position 0 is
// the def line (cancelled before the first step), position kAwaitPos the await it waited at.
constexpr int kAwaitPos = 1;
extern const CodeInfo lock_aenter;         // locks.py:15, `await self.acquire()`
extern const CodeInfo lock_acquire;        // locks.py:114, `await fut`
extern const CodeInfo event_wait;          // locks.py:213, `await fut`
extern const CodeInfo semaphore_acquire;   // locks.py:387, `await fut`
extern const CodeInfo queue_put;           // queues.py:120, `await putter`; 135, put_nowait
extern const CodeInfo queue_get;           // queues.py:158, `await getter`; 173, get_nowait
extern const CodeInfo queue_join;          // queues.py:215, `await self._finished.wait()`
extern const CodeInfo tasks_wait;          // tasks.py:428, `return await _wait(...)`
extern const CodeInfo tasks_inner_wait;    // tasks.py:535, `await waiter` (pos 0)
extern const CodeInfo wait_for_no_timeout;  // tasks.py:452, `return await fut` (timeout None)
extern const CodeInfo wait_for_cancelled;  // tasks.py:476, `await waiter` (cancelled from outside)
extern const CodeInfo wait_for_one;        // tasks.py:611, `f = await done.get()` (as_completed)
extern const CodeInfo queue_task_done;     // queues.py:201, in task_done
extern const CodeInfo queue_put_nowait;    // queues.py:143, `raise QueueFull`; 144, `self._put(item)`
extern const CodeInfo queue_get_nowait;    // queues.py:181, `raise QueueEmpty`; 182, `self._get()`
extern const CodeInfo priority_put;        // queues.py:228, PriorityQueue._put's heappush
extern const CodeInfo priority_get;        // queues.py:231, PriorityQueue._get's heappop
// enum.py's _EnumDict.__setitem__: a reserved _sunder_ name (391), a member defined twice (418),
// a member over another attribute of the class body (433).
extern const CodeInfo enum_sunder;
extern const CodeInfo enum_ignore_set;  // enum.py:410, _ignore_ naming members already set
extern const CodeInfo enum_redefined_member;
extern const CodeInfo enum_member_over_attr;
extern const CodeInfo dataclass_repr_wrapper;  // dataclasses.py:240, in wrapper (_recursive_repr)
// dataclasses.py's Python code: the decorator (dataclass 1230, wrap 1220) and _process_class,
// which raises itself or from the helpers it calls, at the positions below; and the module
// functions that raise (field 387, fields 1244, asdict 1283, astuple 1348, replace).
extern const CodeInfo dc_dataclass, dc_wrap, dc_process_class, dc_get_field, dc_init_fn, dc_hash_exception,
    dc_add_slots, dc_field, dc_fields, dc_asdict, dc_astuple, dc_replace;
enum ProcessClassPos {
  kPcKwOnlyTwice, kPcGetField, kPcNoAnnotation, kPcInheritThawed, kPcInheritFrozen, kPcOrderEq, kPcInitFn,
  kPcOverwriteOrder, kPcOverwriteFrozen, kPcHashAction, kPcAddSlots
};
enum GetFieldPos { kGfDefaultFactory, kGfClassVarKwOnly, kGfMutableDefault };
enum ReplacePos { kReplaceNotInstance, kReplaceInitFalse, kReplaceInitVar, kReplaceCall };
extern const CodeInfo no_type_check;  // typing.py:2556, `arg.__no_type_check__ = True`
// string.py:48, capwords's one line: the `.join` and `s.split` lookups, the split and join calls.
extern const CodeInfo string_capwords;
enum CapwordsPos { kCapwordsJoinAttr, kCapwordsSplitAttr, kCapwordsSplitCall, kCapwordsJoinCall };
// enum.py's class creation: EnumType.__new__ re-raises (566) what making a member raised in
// _proto_member.__set_name__: _new_member_ (259), the data type's value (265, 271), __init__ (275).
extern const CodeInfo enum_type_new;
extern const CodeInfo enum_set_name;
enum SetNamePos { kSetNameNew, kSetNameValue, kSetNameRaise, kSetNameInit };
// enum.py's value lookup, `Color(3)`: EnumType.__call__ (712) calls Enum.__new__, which raises
// from the positions below; Flag._missing_ (the default hook of Flag classes) raises from its own.
extern const CodeInfo enum_call;
extern const CodeInfo enum_new;
extern const CodeInfo flag_missing;
enum EnumNewPos { kNewNoMembers, kNewCallMissing, kNewRaiseValueError, kNewRaiseExc };
enum FlagMissingPos { kFlagNotInt, kFlagInvalid };
// functools.py's singledispatch wrapper: no argument (906), the call of the implementation (909).
extern const CodeInfo singledispatch_wrapper;
enum SingleDispatchPos { kDispatchNoArgs, kDispatchCall };
// functools.py's comparisons total_ordering derives (_gt_from_lt, ...; `root` and `op` index
// lt, le, gt, ge): the call of the root comparison, then the return expression, whose form is
// one of these.
const CodeInfo& total_ordering_code(int root, int op);
enum OrderingPos { kOrderingCall, kOrderingReturn };
enum OrderingForm { NotAndNe, OrEq, NotOrEq, AndNe, Not };
OrderingForm total_ordering_form(int root, int op);

// The functions dataclasses.py and namedtuple build with exec(): file "<string>", no source.
// `line` is the frame's position index (CPython shows no source line for them).
const ModuleInfo& exec_module();
const SrcPos* exec_lines();  // exec_lines()[n] is line n, for n < kExecLines
constexpr int kExecLines = 4096;

// The path of a file of CPython's asyncio package ("tasks.py" -> ".../asyncio/tasks.py").
std::string asyncio_file(const char* name);

// Raises a new `cls` exception from one of these frames (the caller's entry is added too).
[[noreturn]] void raise_in(const CodeInfo& code, TypeObject* cls, const std::string& message);

// Runs `body(frame)` in a frame of `code` (CPython's Python-level code); an exception leaving it
// gets the caller's entry, as one leaving a generated function does.
template <class F = PlainFrame, class Body>
Object run_in(const CodeInfo* code, Body&& body) {
  F f(code);
  try {
    return body(f);
  } catch (PyException& e) {
    add_traceback(e.exc, f.parent);
    throw;
  }
}

// Adds one of these frames to an exception's traceback.
void add_frame(const Object& exc, const CodeInfo& code, int pos = 0);
// The frame of encodings/<module>.py's Python-level encode or decode function, when it has one
// (utf_8's decode, utf_8_sig's both, …).
void add_codec_frame(const Object& exc, std::string_view module, bool encode);

}  // namespace aiocc::cpython
