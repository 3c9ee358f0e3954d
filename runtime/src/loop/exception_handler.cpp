// The loop's exception handler, as base_events.py's: call_exception_handler passes CPython's
// context dict ('message', 'exception', 'future', 'task', 'handle', 'asyncgen') to the handler
// set with loop.set_exception_handler, or to default_exception_handler, which logs it as
// logger.error does while logging is not set up: the message, every other key's repr in
// sorted order, then the exception's traceback.
#include <algorithm>

#include "aiocc/event_loop.h"
#include "aiocc/future.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "cpython_frames.h"
#include "internal.h"

namespace aiocc {

void default_exception_handler(const Object& context) {
  DictObject* d = as_dict(context);
  if (!d) raise(&exc::TypeError, "'" + type_of(context)->name + "' object has no attribute 'get'");
  const Object* message = d->find(py_str("message"));
  std::string text = message && truthy(*message) ? str(*message) : "Unhandled exception in event loop";
  const Object* exception = d->find(py_str("exception"));
  std::vector<std::string> keys;
  for (const DictObject::Entry& e : d->entries) {
    if (!e.live()) continue;
    const Object& k = e.key;
    if (!is_str(k)) raise(&exc::TypeError, "'<' not supported between instances of '" + type_of(k)->name + "' and 'str'");
    keys.push_back(str_value(k));
  }
  std::sort(keys.begin(), keys.end());
  for (const std::string& k : keys) {
    if (k == "message" || k == "exception") continue;
    text += "\n" + k + ": " + repr(*d->find(py_str(k)));
  }
  text += "\n";
  if (exception && !exception->is_none()) text += format_exception(*exception);
  builtins::flush_stdout();
  builtins::write_stderr(text);
}

void call_exception_handler(EventLoop* loop, const Object& context, const Object& handling) {
  const Object handler = loop ? loop->self.as<LoopObject>()->exception_handler : Object();
  if (handler.is_unbound()) {
    try {
      default_exception_handler(context);
    } catch (PyException& e) {
      if (is_exit_exception(e.exc)) throw;
      builtins::flush_stdout();
      builtins::write_stderr("Exception in default exception handler\n" + format_exception(e.exc));
    }
    return;
  }
  Frame* saved = g_frame;
  g_frame = nullptr;
  try {
    call(handler, {loop->self, context});
  } catch (PyException& e) {
    g_frame = saved;
    if (is_exit_exception(e.exc)) throw;
    cpython::add_frame(e.exc, cpython::call_exception_handler);
    chain_context(e.exc, handling);
    default_exception_handler(exception_context("Unhandled error in exception handler", e.exc, "context", context));
    return;
  }
  g_frame = saved;
}

Object exception_context(const std::string& message, const Object& exception, const char* key, const Object& value) {
  Object ctx = py_dict();
  as_dict(ctx)->set(py_str("message"), py_str(message));
  as_dict(ctx)->set(py_str("exception"), exception);
  as_dict(ctx)->set(py_str(key), value);
  return ctx;
}

}  // namespace aiocc
