// Python exceptions. A raised Python exception travels as a C++ exception (PyException) that
// carries the exception object; the object holds the class, args, cause/context and the
// traceback entries collected as it propagates (innermost first).
#pragma once

#include <string>
#include <vector>

#include "aiocc/frame.h"
#include "aiocc/py/types.h"

namespace aiocc {

struct TbEntry {
  const CodeInfo* code;
  int pos;
};

struct ExceptionObject final : HeapObject {
  TypeObject* cls;
  std::vector<Object> args;
  Object cause, context;
  bool suppress_context = false;
  std::vector<TbEntry> tb;         // innermost first
  // tb's length when a handler (except, finally, a with's __exit__) last caught the exception:
  // CPython stores the traceback in __traceback__ only then, so a report made from another
  // reference after it propagated on shows that much. -1: never caught.
  int tb_caught = -1;
  std::vector<Object> exceptions;  // ExceptionGroup members
  Object exceptions_tuple;         // the same, as the one tuple `.exceptions` gives
  std::string group_message;
  Object attrs;  // instance attributes of user exception classes (a dict), created on demand

  ExceptionObject(TypeObject* c, std::vector<Object> a) : cls(c), args(std::move(a)) {}
  TypeObject* type() const override { return cls; }
  Object builtin_getattr(const Object& self, std::string_view name);
  bool truthy() const override;  // an exception class of the script: its __bool__ or __len__
  bool is_callable() const override;  // ... its __call__
  Object call(Args args, Kwargs kw) override;
  std::string repr() const override;
  std::string str() const override;
  // BaseException's own __str__ and __repr__ (what the class's overrides may call via super()).
  std::string base_str() const;
  std::string syntax_error_str() const;  // SyntaxError_str: "msg (file.py, line 3)"
  Object attr_or_none(const char* name) const;  // an attribute set on the instance, or None
  std::string base_repr() const;
  Object getattr(const Object& self, std::string_view name) override;
  void setattr(std::string_view name, const Object& value) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
};

struct PyException {
  Object exc;  // always an ExceptionObject
  ExceptionObject* obj() const { return exc.as<ExceptionObject>(); }
};

namespace exc {
extern TypeObject BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
    LookupError, IndexError, KeyError, ValueError, TypeError, NameError, UnboundLocalError,
    AttributeError, RuntimeError, NotImplementedError, RecursionError, AssertionError,
    StopIteration, OSError, TimeoutError, KeyboardInterrupt, SystemExit, GeneratorExit,
    BaseExceptionGroup, ExceptionGroup, CancelledError, InvalidStateError, UnicodeError,
    ConnectionError, ConnectionResetError, ConnectionRefusedError, ConnectionAbortedError,
    BrokenPipeError, FileNotFoundError, PermissionError, QueueEmpty, QueueFull, BlockingIOError,
    ChildProcessError, FileExistsError, InterruptedError, IsADirectoryError, NotADirectoryError,
    ProcessLookupError, FloatingPointError, BufferError, EOFError, ImportError, ModuleNotFoundError,
    MemoryError, ReferenceError, StopAsyncIteration, SyntaxError, IndentationError, TabError,
    SystemError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning, BytesWarning,
    DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning,
    ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning;
}  // namespace exc

Object construct_exception(TypeObject* cls, Args args, Kwargs kw);
// User exception classes (runtime/src/objects/classes.cpp): methods and class attributes.
const Object* user_class_lookup(const TypeObject* cls, std::string_view name);
Object bind_user_method(const Object& func, const Object& self);
Object new_exception(TypeObject* cls, std::vector<Object> args = {});
Object new_exception(TypeObject* cls, const std::string& message);
bool is_exception_class(const Object& o);
// `class Name(Base): body`. Classes deriving from an exception class may only have a
// docstring and `pass` (their instances are exception objects).
Object make_class(const char* name, const char* qualname, Args bases, const Object& ns, Kwargs kw = {});
// The namespace a class body runs in (an enum's checks its stores: see enums::track_namespace),
// and a store into it.
Object class_namespace(const char* name, Args bases, Kwargs kw = {});
void class_store(const Object& ns, const Object& key, const Object& value, Pos = {});
// @property, @staticmethod, @classmethod in a class body.
Object make_property(const Object& fget);
Object make_property(const Object& fget, const Object& fset, const Object& fdel);
Object make_staticmethod(const Object& f);
Object make_classmethod(const Object& f);
Object property_new(Args args, Kwargs kw);  // property(fget, fset, fdel, doc)
// Zero-argument super() in a method of `cls` whose first parameter is `self`.
Object make_super(const Object& cls, const Object& self);
Object super_class(const Object& cell_value);  // the __class__ cell's class, or RuntimeError
[[noreturn]] Object super_error(const char* message);  // RuntimeError(message)
bool exception_matches(const Object& exc, const Object& cls_or_tuple);

// Adds a traceback entry for `frame` (if any) at its current position.
void add_traceback(const Object& exc, Frame* frame);
// Is `o` a traceback object (`e.__traceback__`)?
bool is_traceback(const Object& o);
// traceback.py's walk of `tb` (_aiocc.tb_entries): a list of (filename, lineno, col, end_col,
// anchor_l, anchor_r, name, source line), outermost first.
Object traceback_entries(const Object& tb);

// Raises a new exception of `cls` from runtime code: the entry for the current frame is added,
// and the exception being handled (if any) becomes its __context__ (CPython's PyErr_SetObject).
[[noreturn]] void raise(TypeObject* cls, const std::string& message);
[[noreturn]] void raise_exc(Object exc);  // adds the current frame's entry, chains the context
// Raises `exc` as it is, with the current frame's entry (CPython's PyErr_Restore: gen.throw).
[[noreturn]] void raise_restored(Object exc);
// OSError(err, strerror(err)[, filename[, None, filename2]]), as the subclass the errno names
// (FileNotFoundError for ENOENT...): CPython's PyErr_SetFromErrnoWithFilenameObjects.
[[noreturn]] void raise_os_error(int err, const Object& filename = Object(), const Object& filename2 = Object());
// The exception the running code is handling (CPython's sys.exception()), or null.
const Object* current_handled();
// An AttributeError for `obj.name` carrying both, as CPython's (e.name, e.obj).
[[noreturn]] void raise_attribute_error(const Object& obj, std::string_view name, const std::string& message);
// The `raise X [from Y]` statement: the exception being handled becomes __context__.
[[noreturn]] void raise_stmt(Frame& f, int pos, const Object& value, const Object& cause, bool has_cause);
// Bare `raise` re-raises the exception being handled without a new traceback entry.
[[noreturn]] void reraise();
// Sets __context__ of an exception escaping an except block, as CPython does.
void chain_context(const Object& exc, const Object& handled);

// A try statement's `except*` clauses, over the exception its body raised: each clause takes
// the part of what is left that matches its type (match), its handler runs with `matched`
// bound, what the handler raises is kept (handler_raised); finish() raises what is left
// unhandled with what the handlers raised, as CPython 3.11 (runtime/src/objects/exception_groups.cpp).
struct ExceptStar {
  Object orig, rest, matched;
  std::vector<Object> raised;
  explicit ExceptStar(const Object& exc) : orig(exc), rest(exc) {}
  bool match(const Object& type);
  void handler_raised(Object e) { raised.push_back(std::move(e)); }
  void finish();
};

// Prints "Traceback (most recent call last): ..." with chained causes/contexts to stderr.
void print_exception(const Object& exc);
std::string format_exception(const Object& exc);
std::string format_exception_only(const Object& exc, const std::string& suggestion = "");
// PyErr_WriteUnraisable for an exception a finalizer raised ("Exception ignored in: <what>"):
// its traceback ends where the finalizer began (the entry of the frame the object died in is
// not one).
void write_unraisable(const std::string& what, PyException& e);
// ". Did you mean: 'x'?" for an uncaught NameError or AttributeError (suggestions.cpp), or "".
std::string offer_suggestion(const Object& exc);

}  // namespace aiocc
