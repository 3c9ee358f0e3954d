#include "cpython_frames.h"

#include "aiocc/py/exceptions.h"

#include <array>
#include <string>
#include <vector>

#ifndef AIOCC_CPYTHON_ASYNCIO_DIR
#define AIOCC_CPYTHON_ASYNCIO_DIR "/usr/lib/python3.11/asyncio"
#endif

namespace aiocc::cpython {

std::string stdlib_dir() {
  std::string d = AIOCC_CPYTHON_ASYNCIO_DIR;
  return d.substr(0, d.rfind('/'));
}

namespace {

// A module whose only known source line is `line`.
struct SparseModule {
  std::string path;
  std::vector<const char*> lines;
  ModuleInfo info;
  SparseModule(const char* file, std::initializer_list<std::pair<int, const char*>> known,
               std::string dir = AIOCC_CPYTHON_ASYNCIO_DIR)
      : path(dir + "/" + file) {
    int n = 0;
    for (auto& k : known) n = std::max(n, k.first);
    lines.assign(n, "");
    for (auto& k : known) lines[k.first - 1] = k.second;
    info = ModuleInfo{path.c_str(), lines.data(), n};
  }
};

SparseModule runners("runners.py", {{190, "        return runner.run(main)"},
                                    {89, "            raise ValueError(\"a coroutine was expected, got {!r}\".format(coro))"},
                                    {93, "            raise RuntimeError("},
                                    {96, "        self._lazy_init()"},
                                    {133, "            raise RuntimeError(\"Runner is closed\")"},
                                    {118, "            return self._loop.run_until_complete(task)"},
                                    {123, "                    raise KeyboardInterrupt()"}});
SparseModule events("events.py", {{80, "            self._context.run(self._callback, *self._args)"}});
SparseModule base_events("base_events.py", {{607, "                self._run_once()"},
                                            {1808, "                self._exception_handler(self, context)"},
                                            {640, "            self.run_forever()"},
                                            {653, "        return future.result()"},
                                            {1922, "                handle._run()"},
                                            {434, "        self._check_closed()"},
                                            {519, "            raise RuntimeError('Event loop is closed')"},
                                            {595, "        self._check_closed()"},
                                            {628, "        self._check_closed()"},
                                            {727, "        timer = self.call_at(self.time() + delay, callback, *args,"},
                                            {740, "        self._check_closed()"},
                                            {761, "        self._check_closed()"}});
SparseModule taskgroups("taskgroups.py", {{134, "            raise propagate_cancellation_error"},
                                          {145, "                raise me from None"}});
SparseModule timeouts("timeouts.py", {{115, "                raise TimeoutError from exc_val"}});
SparseModule tasks("tasks.py", {{399, "async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):"},
                                {428, "    return await _wait(fs, timeout, return_when, loop)"},
                                {436, "async def wait_for(fut, timeout):"},
                                {452, "        return await fut"},
                                {476, "            await waiter"},
                                {535, "        await waiter"},
                                {610, "    async def _wait_for_one():"},
                                {611, "        f = await done.get()"},
                                {614, "            raise exceptions.TimeoutError"},
                                {615, "        return f.result()  # May raise f.exception()."},
                                {462, "            return fut.result()"},
                                {464, "            raise exceptions.TimeoutError() from exc"},
                                {500, "                return fut.result()"},
                                {502, "                raise exceptions.TimeoutError() from exc"},
                                {634, "    yield"},
                                {640, "        await __sleep0()"},
                                {649, "        return await future"},
                                {694, "    return (yield from awaitable.__await__())"}});
SparseModule locks("locks.py", {{14, "    async def __aenter__(self):"},
                                {15, "        await self.acquire()"},
                                {93, "    async def acquire(self):"},
                                {114, "                await fut"},
                                {200, "    async def wait(self):"},
                                {213, "            await fut"},
                                {364, "    async def acquire(self):"},
                                {387, "                await fut"},
                                {434, "            raise ValueError('BoundedSemaphore released too many times')"}});
SparseModule dataclasses_py("dataclasses.py",
                            {{240, "            result = user_function(self)"},
                             {387, "        raise ValueError('cannot specify both default and default_factory')"},
                             {545, "                raise TypeError(f'non-default argument {f.name!r} '"},
                             {790, "            raise TypeError(f'field {f.name} cannot have a '"},
                             {808, "            raise TypeError(f'field {f.name} is a ClassVar but specifies '"},
                             {815, "        raise ValueError(f'mutable default {type(f.default)} for field '"},
                             {851, "    raise TypeError(f'Cannot overwrite attribute __hash__ '"},
                             {952, "                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '"},
                             {958, "            cls_fields.append(_get_field(cls, name, type, kw_only))"},
                             {982, "            raise TypeError(f'{name!r} is a field but has no type annotation')"},
                             {988, "            raise TypeError('cannot inherit non-frozen dataclass from a '"},
                             {993, "            raise TypeError('cannot inherit frozen dataclass from a '"},
                             {1012, "        raise ValueError('eq must be true if order is true')"},
                             {1027, "                           _init_fn(all_init_fields,"},
                             {1073, "                raise TypeError(f'Cannot overwrite attribute {name} '"},
                             {1080, "                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '"},
                             {1091, "        cls.__hash__ = hash_action(cls, field_list, globals)"},
                             {1112, "        cls = _add_slots(cls, frozen, weakref_slot)"},
                             {1153, "        raise TypeError(f'{cls.__name__} already specifies __slots__')"},
                             {1220, "        return _process_class(cls, init, repr, eq, order, unsafe_hash,"},
                             {1230, "    return wrap(cls)"},
                             {1244, "        raise TypeError('must be called with a dataclass type or instance') from None"},
                             {1283, "        raise TypeError(\"asdict() should be called on dataclass instances\")"},
                             {1348, "        raise TypeError(\"astuple() should be called on dataclass instances\")"},
                             {1472, "        raise TypeError(\"replace() should be called on dataclass instances\")"},
                             {1485, "                raise ValueError(f'field {f.name} is declared with '"},
                             {1492, "                raise ValueError(f\"InitVar {f.name!r} \""},
                             {1501, "    return obj.__class__(**changes)"}},
                            stdlib_dir());
SparseModule enum_py("enum.py", {{391, "                raise ValueError("},
                                 {410, "                    raise ValueError("},
                                 {418, "            raise TypeError('%r already defined as %r' % (key, self[key]))"},
                                 {433, "                raise TypeError('%r already defined as %r' % (key, self[key]))"},
                                 {259, "            enum_member = enum_class._new_member_(enum_class, *args)"},
                                 {265, "                    enum_member._value_ = enum_class._member_type_(*args)"},
                                 {271, "                    raise new_exc"},
                                 {275, "        enum_member.__init__(*args)"},
                                 {566, "            raise exc"},
                                 {712, "            return cls.__new__(cls, value)"},
                                 {1115, "            raise TypeError(\"%r has no members defined\" % cls)"},
                                 {1120, "            result = cls._missing_(value)"},
                                 {1135, "                    raise ve_exc"},
                                 {1143, "                raise exc"},
                                 {1383, "            raise ValueError("},
                                 {1400, "                raise ValueError("}},
                     stdlib_dir());
SparseModule functools_py("functools.py", {{906, "            raise TypeError(f'{funcname} requires at least '"},
                                           {909, "        return dispatch(args[0].__class__)(*args, **kw)"}},
                          stdlib_dir());
SparseModule typing_py("typing.py", {{2556, "        arg.__no_type_check__ = True"}}, stdlib_dir());
SparseModule string_py("string.py", {{48, "    return (sep or ' ').join(map(str.capitalize, s.split(sep)))"}}, stdlib_dir());
SparseModule queues("queues.py", {{110, "    async def put(self, item):"},
                                  {120, "                await putter"},
                                  {135, "        return self.put_nowait(item)"},
                                  {149, "    async def get(self):"},
                                  {158, "                await getter"},
                                  {173, "        return self.get_nowait()"},
                                  {206, "    async def join(self):"},
                                  {215, "            await self._finished.wait()"},
                                  {143, "            raise QueueFull"},
                                  {144, "        self._put(item)"},
                                  {181, "            raise QueueEmpty"},
                                  {182, "        item = self._get()"},
                                  {228, "        heappush(self._queue, item)"},
                                  {231, "        return heappop(self._queue)"},
                                  {201, "            raise ValueError('task_done() called too many times')"}});

// The position CPython reports: the call expression on each line; the raise statement spans
// the whole line (no carets).
const SrcPos runners_run_pos[] = {{190, 15, 31, -1, -1}};
const SrcPos runner_run_pos[] = {{118, 19, 54, -1, -1}};
const SrcPos runner_raise_interrupt_pos[] = {{123, 20, -1, -1, -1}};
const SrcPos runner_not_coroutine_pos[] = {{89, 12, -1, -1, -1}};
const SrcPos runner_running_loop_pos[] = {{93, 12, -1, -1, -1}};
const SrcPos runner_run_lazy_init_pos[] = {{96, 8, -1, -1, -1}};
const SrcPos runner_closed_pos[] = {{133, 12, -1, -1, -1}};
const SrcPos run_until_complete_pos[] = {{653, 15, 30, -1, -1}};
const SrcPos handle_run_pos[] = {{80, 12, -1, -1, -1}};
const SrcPos call_exception_handler_pos[] = {{1808, 16, -1, -1, -1}};
const SrcPos run_once_handle_pos[] = {{1922, 16, -1, -1, -1}};
const SrcPos run_forever_run_once_pos[] = {{607, 16, -1, -1, -1}};
const SrcPos run_until_complete_forever_pos[] = {{640, 12, -1, -1, -1}};
const SrcPos check_closed_pos[] = {{519, 12, -1, -1, -1}};
const SrcPos closed_create_task_pos[] = {{434, 8, -1, -1, -1}};
const SrcPos closed_run_forever_pos[] = {{595, 8, -1, -1, -1}};
const SrcPos closed_run_until_complete_pos[] = {{628, 8, -1, -1, -1}};
const SrcPos closed_call_later_pos[] = {{727, 16, 66, -1, -1}};
const SrcPos closed_call_at_pos[] = {{740, 8, -1, -1, -1}};
const SrcPos closed_call_soon_pos[] = {{761, 8, -1, -1, -1}};
const SrcPos taskgroup_propagate_cancel_pos[] = {{134, 12, -1, -1, -1}};
const SrcPos taskgroup_aexit_pos[] = {{145, 16, 34, -1, -1}};
const SrcPos timeout_aexit_pos[] = {{115, 16, -1, -1, -1}};
const SrcPos sleep0_yield_pos[] = {{634, 4, 9, -1, -1}};
const SrcPos sleep_await_sleep0_pos[] = {{640, 8, 24, -1, -1}};
const SrcPos sleep_await_future_pos[] = {{649, 15, 27, -1, -1}};
const SrcPos wait_for_result_now_pos[] = {{462, 19, 31, -1, -1}};
const SrcPos wait_for_raise_now_pos[] = {{464, 12, -1, -1, -1}};
const SrcPos wait_for_result_pos[] = {{500, 23, 35, -1, -1}};
const SrcPos wait_for_raise_pos[] = {{502, 16, -1, -1, -1}};
const SrcPos wrap_awaitable_pos[] = {{694, 12, 44, -1, -1}};
const SrcPos bounded_release_pos[] = {{434, 12, -1, -1, -1}};
// The coroutines of locks.py, queues.py and tasks.py that a cancellation passes through: the
// def line (a coroutine cancelled before its first step), then the await it was suspended at.
const SrcPos lock_aenter_pos[] = {{14, 4, -1, -1, -1}, {15, 8, 28, -1, -1}};
const SrcPos lock_acquire_pos[] = {{93, 4, -1, -1, -1}, {114, 16, 25, -1, -1}};
const SrcPos event_wait_pos[] = {{200, 4, -1, -1, -1}, {213, 12, 21, -1, -1}};
const SrcPos semaphore_acquire_pos[] = {{364, 4, -1, -1, -1}, {387, 16, 25, -1, -1}};
const SrcPos queue_put_pos[] = {{110, 4, -1, -1, -1}, {120, 16, 28, -1, -1}, {135, 15, 36, -1, -1}};
const SrcPos queue_get_pos[] = {{149, 4, -1, -1, -1}, {158, 16, 28, -1, -1}, {173, 15, 32, -1, -1}};
const SrcPos queue_join_pos[] = {{206, 4, -1, -1, -1}, {215, 12, 39, -1, -1}};
const SrcPos tasks_wait_pos[] = {{399, 0, -1, -1, -1}, {428, 11, 54, -1, -1}};
const SrcPos tasks_inner_wait_pos[] = {{535, 8, 20, -1, -1}};
const SrcPos wait_for_no_timeout_pos[] = {{452, 15, 24, -1, -1}};
const SrcPos wait_for_cancelled_pos[] = {{436, 0, -1, -1, -1}, {476, 12, 24, -1, -1}};
const SrcPos wait_for_one_pos[] = {{610, 4, -1, -1, -1}, {611, 12, 28, -1, -1}, {614, 12, -1, -1, -1}, {615, 15, 25, -1, -1}};
const SrcPos queue_task_done_pos[] = {{201, 12, -1, -1, -1}};
const SrcPos queue_put_nowait_pos[] = {{143, 12, -1, -1, -1}, {144, 8, -1, -1, -1}};
const SrcPos queue_get_nowait_pos[] = {{181, 12, -1, -1, -1}, {182, 15, 26, -1, -1}};
const SrcPos priority_put_pos[] = {{228, 8, -1, -1, -1}};
const SrcPos priority_get_pos[] = {{231, 15, 35, -1, -1}};
const SrcPos enum_sunder_pos[] = {{391, 16, -1, -1, -1}};
const SrcPos enum_ignore_set_pos[] = {{410, 20, -1, -1, -1}};
const SrcPos enum_redefined_member_pos[] = {{418, 12, -1, -1, -1}};
const SrcPos enum_member_over_attr_pos[] = {{433, 16, -1, -1, -1}};
const SrcPos dataclass_repr_wrapper_pos[] = {{240, 21, 40, -1, -1}};
const SrcPos dc_field_pos[] = {{387, 8, -1, -1, -1}};
const SrcPos dc_init_fn_pos[] = {{545, 16, -1, -1, -1}};
const SrcPos dc_get_field_pos[] = {{790, 12, -1, -1, -1}, {808, 12, -1, -1, -1}, {815, 8, -1, -1, -1}};
const SrcPos dc_hash_exception_pos[] = {{851, 4, -1, -1, -1}};
const SrcPos dc_process_class_pos[] = {{952, 16, -1, -1, -1}, {958, 30, 66, -1, -1}, {982, 12, -1, -1, -1},
                                       {988, 12, -1, -1, -1}, {993, 12, -1, -1, -1}, {1012, 8, -1, -1, -1},
                                       {1027, 27, -1, -1, -1}, {1073, 16, -1, -1, -1}, {1080, 16, -1, -1, -1},
                                       {1091, 23, 60, -1, -1}, {1112, 14, 51, -1, -1}};
const SrcPos dc_add_slots_pos[] = {{1153, 8, -1, -1, -1}};
const SrcPos dc_wrap_pos[] = {{1220, 15, -1, -1, -1}};
const SrcPos dc_dataclass_pos[] = {{1230, 11, 20, -1, -1}};
const SrcPos dc_fields_pos[] = {{1244, 8, -1, -1, -1}};
const SrcPos dc_asdict_pos[] = {{1283, 8, -1, -1, -1}};
const SrcPos dc_astuple_pos[] = {{1348, 8, -1, -1, -1}};
const SrcPos dc_replace_pos[] = {{1472, 8, -1, -1, -1}, {1485, 16, -1, -1, -1}, {1492, 16, -1, -1, -1}, {1501, 11, 35, -1, -1}};
const SrcPos no_type_check_pos[] = {{2556, 8, 29, -1, -1}};
const SrcPos string_capwords_pos[] = {{48, 11, 28, -1, -1}, {48, 49, 56, -1, -1}, {48, 49, 61, -1, -1}, {48, 11, 63, -1, -1}};
const SrcPos singledispatch_wrapper_pos[] = {{906, 12, -1, -1, -1}, {909, 15, 55, -1, -1}};
const SrcPos enum_type_new_pos[] = {{566, 12, -1, -1, -1}};
const SrcPos enum_set_name_pos[] = {{259, 26, 68, -1, -1}, {265, 42, 73, -1, -1}, {271, 20, -1, -1, -1}, {275, 8, 35, -1, -1}};
const SrcPos enum_call_pos[] = {{712, 19, 42, -1, -1}};
const SrcPos enum_new_pos[] = {{1115, 12, -1, -1, -1}, {1120, 21, 41, -1, -1}, {1135, 20, -1, -1, -1}, {1143, 16, -1, -1, -1}};
const SrcPos flag_missing_pos[] = {{1383, 12, -1, -1, -1}, {1400, 16, -1, -1, -1}};

}  // namespace

std::string asyncio_file(const char* name) { return std::string(AIOCC_CPYTHON_ASYNCIO_DIR) + "/" + name; }

const CodeInfo runners_run{"run", &runners.info, runners_run_pos};
const CodeInfo runner_run{"run", &runners.info, runner_run_pos};
const CodeInfo runner_raise_interrupt{"run", &runners.info, runner_raise_interrupt_pos};
const CodeInfo runner_not_coroutine{"run", &runners.info, runner_not_coroutine_pos};
const CodeInfo runner_running_loop{"run", &runners.info, runner_running_loop_pos};
const CodeInfo runner_run_lazy_init{"run", &runners.info, runner_run_lazy_init_pos};
const CodeInfo runner_closed{"_lazy_init", &runners.info, runner_closed_pos};
const CodeInfo run_until_complete{"run_until_complete", &base_events.info, run_until_complete_pos};
const CodeInfo handle_run{"_run", &events.info, handle_run_pos};
const CodeInfo call_exception_handler{"call_exception_handler", &base_events.info, call_exception_handler_pos};
const CodeInfo run_once_handle{"_run_once", &base_events.info, run_once_handle_pos};
const CodeInfo run_forever_run_once{"run_forever", &base_events.info, run_forever_run_once_pos};
const CodeInfo run_until_complete_forever{"run_until_complete", &base_events.info, run_until_complete_forever_pos};
const CodeInfo check_closed{"_check_closed", &base_events.info, check_closed_pos};
const CodeInfo closed_create_task{"create_task", &base_events.info, closed_create_task_pos};
const CodeInfo closed_run_forever{"run_forever", &base_events.info, closed_run_forever_pos};
const CodeInfo closed_run_until_complete{"run_until_complete", &base_events.info, closed_run_until_complete_pos};
const CodeInfo closed_call_later{"call_later", &base_events.info, closed_call_later_pos};
const CodeInfo closed_call_at{"call_at", &base_events.info, closed_call_at_pos};
const CodeInfo closed_call_soon{"call_soon", &base_events.info, closed_call_soon_pos};
const CodeInfo taskgroup_propagate_cancel{"__aexit__", &taskgroups.info, taskgroup_propagate_cancel_pos};
const CodeInfo taskgroup_aexit{"__aexit__", &taskgroups.info, taskgroup_aexit_pos};
const CodeInfo timeout_aexit{"__aexit__", &timeouts.info, timeout_aexit_pos};
const CodeInfo sleep0_yield{"__sleep0", &tasks.info, sleep0_yield_pos};
const CodeInfo sleep_await_sleep0{"sleep", &tasks.info, sleep_await_sleep0_pos};
const CodeInfo sleep_await_future{"sleep", &tasks.info, sleep_await_future_pos};
const CodeInfo wait_for_result_now{"wait_for", &tasks.info, wait_for_result_now_pos};
const CodeInfo wait_for_raise_now{"wait_for", &tasks.info, wait_for_raise_now_pos};
const CodeInfo wait_for_result{"wait_for", &tasks.info, wait_for_result_pos};
const CodeInfo wait_for_raise{"wait_for", &tasks.info, wait_for_raise_pos};
const CodeInfo wrap_awaitable{"_wrap_awaitable", &tasks.info, wrap_awaitable_pos};
const CodeInfo bounded_release{"release", &locks.info, bounded_release_pos};
const CodeInfo lock_aenter{"__aenter__", &locks.info, lock_aenter_pos};
const CodeInfo lock_acquire{"acquire", &locks.info, lock_acquire_pos};
const CodeInfo event_wait{"wait", &locks.info, event_wait_pos};
const CodeInfo semaphore_acquire{"acquire", &locks.info, semaphore_acquire_pos};
const CodeInfo queue_put{"put", &queues.info, queue_put_pos};
const CodeInfo queue_get{"get", &queues.info, queue_get_pos};
const CodeInfo queue_join{"join", &queues.info, queue_join_pos};
const CodeInfo tasks_wait{"wait", &tasks.info, tasks_wait_pos};
const CodeInfo tasks_inner_wait{"_wait", &tasks.info, tasks_inner_wait_pos};
const CodeInfo wait_for_no_timeout{"wait_for", &tasks.info, wait_for_no_timeout_pos};
const CodeInfo wait_for_cancelled{"wait_for", &tasks.info, wait_for_cancelled_pos};
const CodeInfo wait_for_one{"_wait_for_one", &tasks.info, wait_for_one_pos};
const CodeInfo queue_task_done{"task_done", &queues.info, queue_task_done_pos};
const CodeInfo queue_put_nowait{"put_nowait", &queues.info, queue_put_nowait_pos};
const CodeInfo queue_get_nowait{"get_nowait", &queues.info, queue_get_nowait_pos};
const CodeInfo priority_put{"_put", &queues.info, priority_put_pos};
const CodeInfo priority_get{"_get", &queues.info, priority_get_pos};
const CodeInfo enum_sunder{"__setitem__", &enum_py.info, enum_sunder_pos};
const CodeInfo enum_ignore_set{"__setitem__", &enum_py.info, enum_ignore_set_pos};
const CodeInfo enum_redefined_member{"__setitem__", &enum_py.info, enum_redefined_member_pos};
const CodeInfo enum_member_over_attr{"__setitem__", &enum_py.info, enum_member_over_attr_pos};
const CodeInfo dataclass_repr_wrapper{"wrapper", &dataclasses_py.info, dataclass_repr_wrapper_pos};
const CodeInfo dc_field{"field", &dataclasses_py.info, dc_field_pos};
const CodeInfo dc_init_fn{"_init_fn", &dataclasses_py.info, dc_init_fn_pos};
const CodeInfo dc_get_field{"_get_field", &dataclasses_py.info, dc_get_field_pos};
const CodeInfo dc_hash_exception{"_hash_exception", &dataclasses_py.info, dc_hash_exception_pos};
const CodeInfo dc_process_class{"_process_class", &dataclasses_py.info, dc_process_class_pos};
const CodeInfo dc_add_slots{"_add_slots", &dataclasses_py.info, dc_add_slots_pos};
const CodeInfo dc_wrap{"wrap", &dataclasses_py.info, dc_wrap_pos};
const CodeInfo dc_dataclass{"dataclass", &dataclasses_py.info, dc_dataclass_pos};
const CodeInfo dc_fields{"fields", &dataclasses_py.info, dc_fields_pos};
const CodeInfo dc_asdict{"asdict", &dataclasses_py.info, dc_asdict_pos};
const CodeInfo dc_astuple{"astuple", &dataclasses_py.info, dc_astuple_pos};
const CodeInfo dc_replace{"replace", &dataclasses_py.info, dc_replace_pos};
const CodeInfo string_capwords{"capwords", &string_py.info, string_capwords_pos};
const CodeInfo no_type_check{"no_type_check", &typing_py.info, no_type_check_pos};
const CodeInfo singledispatch_wrapper{"wrapper", &functools_py.info, singledispatch_wrapper_pos};
const CodeInfo enum_type_new{"__new__", &enum_py.info, enum_type_new_pos};
const CodeInfo enum_set_name{"__set_name__", &enum_py.info, enum_set_name_pos};
const CodeInfo enum_call{"__call__", &enum_py.info, enum_call_pos};
const CodeInfo enum_new{"__new__", &enum_py.info, enum_new_pos};
const CodeInfo flag_missing{"_missing_", &enum_py.info, flag_missing_pos};

const ModuleInfo& exec_module() {
  static const ModuleInfo m{"<string>", nullptr, 0};
  return m;
}

const SrcPos* exec_lines() {
  static const std::vector<SrcPos> lines = [] {
    std::vector<SrcPos> v(kExecLines);
    for (int i = 0; i < kExecLines; ++i) v[i] = {i, 0, -1, -1, -1};
    return v;
  }();
  return lines.data();
}

namespace {

const char* const kCmp[] = {"lt", "le", "gt", "ge"};
// functools.py's _convert table: for each root comparison, the ops derived from it in source
// order (each function 7 lines after the previous, from _gt_from_lt at line 89).
const int kDerived[4][3] = {{2, 1, 3}, {3, 0, 2}, {0, 3, 1}, {1, 2, 0}};
const OrderingForm kForms[4][3] = {{NotAndNe, OrEq, Not}, {NotOrEq, AndNe, Not},
                                   {NotAndNe, OrEq, Not}, {NotOrEq, AndNe, Not}};
const char* const kFormText[] = {"not op_result and self != other", "op_result or self == other",
                                 "not op_result or self == other", "op_result and self != other", "not op_result"};

int derived_index(int root, int op) {
  for (int i = 0; i < 3; ++i) {
    if (kDerived[root][i] == op) return i;
  }
  return 0;
}

struct OrderingFunctions {
  std::vector<std::pair<int, std::string>> texts;
  std::vector<std::string> names;
  std::vector<std::array<SrcPos, 2>> pos;
  std::vector<CodeInfo> codes;
  SparseModule file{"functools.py", {}, stdlib_dir()};
  OrderingFunctions() {
    names.reserve(12);
    pos.resize(12);
    int max_line = 0;
    for (int root = 0; root < 4; ++root) {
      for (int i = 0; i < 3; ++i) {
        const int k = root * 3 + i, def_line = 89 + 7 * k;
        names.push_back(std::string("_") + kCmp[kDerived[root][i]] + "_from_" + kCmp[root]);
        std::string call = std::string("type(self).__") + kCmp[root] + "__(self, other)";
        std::string form = kFormText[kForms[root][i]];
        texts.push_back({def_line + 2, "    op_result = " + call});
        texts.push_back({def_line + 5, "    return " + form});
        // The comparison's carets (`self != other`); a bare `not op_result` has none.
        size_t self_at = form.find("self");
        int cmp_col = self_at == std::string::npos ? 11 : static_cast<int>(11 + self_at);
        int cmp_end = self_at == std::string::npos ? -1 : cmp_col + 13;
        pos[k] = {SrcPos{def_line + 2, 16, 16 + static_cast<int>(call.size()), -1, -1},
                  SrcPos{def_line + 5, cmp_col, cmp_end, -1, -1}};
        max_line = def_line + 5;
      }
    }
    file.lines.assign(max_line, "");
    for (auto& t : texts) file.lines[t.first - 1] = t.second.c_str();
    file.info = ModuleInfo{file.path.c_str(), file.lines.data(), max_line};
    codes.reserve(12);
    for (int k = 0; k < 12; ++k) codes.push_back(CodeInfo{names[k].c_str(), &file.info, pos[k].data()});
  }
};

}  // namespace

const CodeInfo& total_ordering_code(int root, int op) {
  static const OrderingFunctions functions;
  return functions.codes[root * 3 + derived_index(root, op)];
}

OrderingForm total_ordering_form(int root, int op) { return kForms[root][derived_index(root, op)]; }

void raise_in(const CodeInfo& code, TypeObject* cls, const std::string& message) {
  Object e = new_exception(cls, message);
  add_frame(e, code);
  raise_exc(e);
}

namespace {

// The encodings package beside asyncio: the codec modules whose Python-level encode/decode
// functions CPython's tracebacks show when a codec found through the registry fails.
std::string encodings_dir() {
  return stdlib_dir() + "/encodings";
}

struct CodecFrame {
  const char* module;
  bool encode;
  SparseModule file;
  SrcPos pos[1];
  CodeInfo code;
  CodecFrame(const char* m, bool enc, int line, const char* text, int col, int end_col)
      : module(m), encode(enc), file((std::string(m) + ".py").c_str(), {{line, text}}, encodings_dir()),
        pos{{line, col, end_col, -1, -1}}, code{enc ? "encode" : "decode", &file.info, pos} {}
};

// Lines and call columns of 3.11.7's modules.
CodecFrame codec_frames[] = {
    {"utf_8", false, 16, "    return codecs.utf_8_decode(input, errors, True)", 11, 51},
    {"utf_16", false, 16, "    return codecs.utf_16_decode(input, errors, True)", 11, 52},
    {"utf_16_le", false, 16, "    return codecs.utf_16_le_decode(input, errors, True)", 11, 55},
    {"utf_16_be", false, 16, "    return codecs.utf_16_be_decode(input, errors, True)", 11, 55},
    {"utf_32", false, 11, "    return codecs.utf_32_decode(input, errors, True)", 11, 52},
    {"utf_32_le", false, 11, "    return codecs.utf_32_le_decode(input, errors, True)", 11, 55},
    {"utf_32_be", false, 11, "    return codecs.utf_32_be_decode(input, errors, True)", 11, 55},
    {"utf_8_sig", true, 15, "    return (codecs.BOM_UTF8 + codecs.utf_8_encode(input, errors)[0],", 30, 64},
    {"utf_8_sig", false, 23, "    (output, consumed) = codecs.utf_8_decode(input, errors, True)", 25, 65},
    {"undefined", true, 19, "        raise UnicodeError(\"undefined encoding\")", 8, -1},
    {"undefined", false, 22, "        raise UnicodeError(\"undefined encoding\")", 8, -1},
};

}  // namespace

void add_codec_frame(const Object& exc, std::string_view module, bool encode) {
  for (const CodecFrame& f : codec_frames) {
    if (f.module != module || f.encode != encode) continue;
    // Inside the frame whose line raised (the last entry so far).
    auto& tb = exc.as<ExceptionObject>()->tb;
    tb.insert(tb.empty() ? tb.end() : tb.end() - 1, TbEntry{&f.code, 0});
  }
}

void add_frame(const Object& exc, const CodeInfo& code, int pos) {
  Frame f{.code = &code, .parent = nullptr, .pos = pos};
  add_traceback(exc, &f);
}

}  // namespace aiocc::cpython
