// Exception classes, raising, and CPython 3.11's traceback layout (including the caret lines
// under the failing expression and exception chaining).
#include "aiocc/py/exceptions.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/function.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "exception_groups.h"
#include "internal.h"
#include "bytes_internal.h"
#include "method_catalog.h"
#include "object_model.h"

namespace aiocc {

namespace {
// OSError(errno, strerror[, filename[, winerror[, filename2]]]): OSError itself becomes the
// subclass for errno (FileNotFoundError for ENOENT, ...); args keeps (errno, strerror).
TypeObject* os_error_subclass(const Object& err) {
  if (!err.is_small_int()) return &exc::OSError;
  switch (err.as_int()) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS: return &exc::BlockingIOError;
    case ECHILD: return &exc::ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return &exc::BrokenPipeError;
    case ECONNABORTED: return &exc::ConnectionAbortedError;
    case ECONNREFUSED: return &exc::ConnectionRefusedError;
    case ECONNRESET: return &exc::ConnectionResetError;
    case EEXIST: return &exc::FileExistsError;
    case ENOENT: return &exc::FileNotFoundError;
    case EISDIR: return &exc::IsADirectoryError;
    case ENOTDIR: return &exc::NotADirectoryError;
    case EINTR: return &exc::InterruptedError;
    case EACCES:
    case EPERM: return &exc::PermissionError;
    case ESRCH: return &exc::ProcessLookupError;
    case ETIMEDOUT: return &exc::TimeoutError;
    default: return &exc::OSError;
  }
}

Object construct_os_error(TypeObject* cls, Args args) {
  const size_t n = args.size();
  const bool errno_form = n >= 2 && n <= 5;
  if (errno_form && cls == &exc::OSError) cls = os_error_subclass(args[0]);
  Object e = new_exception(cls, errno_form && n > 2 ? std::vector<Object>{args[0], args[1]}
                                                    : std::vector<Object>(args.begin(), args.end()));
  auto* eo = e.as<ExceptionObject>();
  eo->attrs = py_dict();
  DictObject* a = as_dict(eo->attrs);
  a->set(py_str("errno"), errno_form ? args[0] : None);
  a->set(py_str("strerror"), errno_form ? args[1] : None);
  a->set(py_str("filename"), errno_form && n > 2 ? args[2] : None);
  a->set(py_str("filename2"), errno_form && n > 4 ? args[4] : None);
  return e;
}

}  // namespace

void raise_os_error(int err, const Object& filename, const Object& filename2) {
  std::vector<Object> args = {py_int(err), py_str(std::strerror(err))};
  if (!filename.is_unbound()) args.push_back(filename);
  if (!filename2.is_unbound()) args.insert(args.end(), {None, filename2});
  raise_exc(construct_exception(&exc::OSError, Args(args.data(), args.size()), {}));
}

namespace {
// The keyword-only attributes NameError, AttributeError and ImportError take (their __init__s
// parse them as "|$O:NameError", "|$OO:AttributeError", "|$OO:ImportError"; other exceptions
// take none). The attributes exist, None, when not given.
struct KeywordAttrs {
  TypeObject* base;
  const char* names[2];
  int count;
};
constexpr KeywordAttrs kKeywordAttrs[] = {
    {&exc::NameError, {"name"}, 1},
    {&exc::AttributeError, {"name", "obj"}, 2},
    {&exc::ImportError, {"name", "path"}, 2},
};

const KeywordAttrs* keyword_attrs(TypeObject* cls) {
  for (const KeywordAttrs& k : kKeywordAttrs) {
    if (cls->is_subtype_of(k.base)) return &k;
  }
  return nullptr;
}

// Checks the keywords as PyArg_ParseTupleAndKeywords does, then sets every attribute.
void set_keyword_attrs(TypeObject* cls, const Object& e, Args args, Kwargs kw) {
  const KeywordAttrs* k = keyword_attrs(cls);
  if (!k) {
    if (kw.size()) raise(&exc::TypeError, cls->name + "() takes no keyword arguments");
    return;
  }
  const std::string fn = k->base->name + "()";
  if (static_cast<int>(kw.size()) > k->count) {
    raise(&exc::TypeError, fn + " takes at most " + std::to_string(k->count) + " keyword argument" +
                               (k->count == 1 ? "" : "s") + " (" + std::to_string(kw.size()) + " given)");
  }
  for (const Kw& item : kw) {
    std::string_view given = item.name;
    if (std::none_of(k->names, k->names + k->count, [&](const char* n) { return given == n; })) {
      raise(&exc::TypeError, "'" + std::string(given) + "' is an invalid keyword argument for " + fn);
    }
  }
  auto* eo = e.as<ExceptionObject>();
  for (int i = 0; i < k->count; ++i) {
    const Object* v = kw.find(k->names[i]);
    eo->setattr(k->names[i], v ? *v : None);
  }
  // ImportError.msg: its one positional argument.
  if (k->base == &exc::ImportError) eo->setattr("msg", args.size() == 1 ? args[0] : None);
}
}  // namespace

namespace {
// SyntaxError_init: msg is the first argument; a second one is the location, a sequence of
// (filename, lineno, offset, text[, end_lineno, end_offset]).
void set_syntax_error_attrs(const Object& e, Args args) {
  auto* eo = e.as<ExceptionObject>();
  if (args.size() >= 1) eo->setattr("msg", args[0]);
  if (args.size() != 2) return;
  std::vector<Object> info = to_vector(args[1]);
  const size_t n = info.size();
  if (n < 4 || n > 6) {
    raise(&exc::TypeError, std::string("function takes ") + (n < 4 ? "at least 4" : "at most 6") + " arguments (" +
                               std::to_string(n) + " given)");
  }
  static const char* const fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
  for (size_t i = 0; i < n; ++i) eo->setattr(fields[i], info[i]);
  if (n == 5) raise(&exc::TypeError, "end_offset must be provided when end_lineno is provided");
}
}  // namespace

Object construct_exception(TypeObject* cls, Args args, Kwargs kw) {
  if (kw.size() && !keyword_attrs(cls)) raise(&exc::TypeError, cls->name + "() takes no keyword arguments");
  if (cls->is_subtype_of(&exc::BaseExceptionGroup)) return construct_group(cls, args);
  if (cls->is_subtype_of(&exc::OSError)) return construct_os_error(cls, args);
  Object e = new_exception(cls, std::vector<Object>(args.begin(), args.end()));
  if (keyword_attrs(cls)) set_keyword_attrs(cls, e, args, kw);
  if (cls->is_subtype_of(&exc::SyntaxError)) set_syntax_error_attrs(e, args);
  return e;
}

namespace exc {
#define AIOCC_EXC(name, base) TypeObject name(#name, base, construct_exception)
AIOCC_EXC(BaseException, &types::object);
AIOCC_EXC(Exception, &BaseException);
AIOCC_EXC(ArithmeticError, &Exception);
AIOCC_EXC(ZeroDivisionError, &ArithmeticError);
AIOCC_EXC(OverflowError, &ArithmeticError);
AIOCC_EXC(LookupError, &Exception);
AIOCC_EXC(IndexError, &LookupError);
AIOCC_EXC(KeyError, &LookupError);
AIOCC_EXC(ValueError, &Exception);
AIOCC_EXC(UnicodeError, &ValueError);
AIOCC_EXC(TypeError, &Exception);
AIOCC_EXC(NameError, &Exception);
AIOCC_EXC(UnboundLocalError, &NameError);
AIOCC_EXC(AttributeError, &Exception);
AIOCC_EXC(RuntimeError, &Exception);
AIOCC_EXC(NotImplementedError, &RuntimeError);
AIOCC_EXC(RecursionError, &RuntimeError);
AIOCC_EXC(AssertionError, &Exception);
AIOCC_EXC(StopIteration, &Exception);
AIOCC_EXC(OSError, &Exception);
AIOCC_EXC(TimeoutError, &OSError);
AIOCC_EXC(BlockingIOError, &OSError);
AIOCC_EXC(ChildProcessError, &OSError);
AIOCC_EXC(FileExistsError, &OSError);
AIOCC_EXC(InterruptedError, &OSError);
AIOCC_EXC(IsADirectoryError, &OSError);
AIOCC_EXC(NotADirectoryError, &OSError);
AIOCC_EXC(ProcessLookupError, &OSError);
AIOCC_EXC(FloatingPointError, &ArithmeticError);
AIOCC_EXC(BufferError, &Exception);
AIOCC_EXC(EOFError, &Exception);
AIOCC_EXC(ImportError, &Exception);
AIOCC_EXC(ModuleNotFoundError, &ImportError);
AIOCC_EXC(MemoryError, &Exception);
AIOCC_EXC(ReferenceError, &Exception);
AIOCC_EXC(StopAsyncIteration, &Exception);
AIOCC_EXC(SyntaxError, &Exception);
AIOCC_EXC(IndentationError, &SyntaxError);
AIOCC_EXC(TabError, &IndentationError);
AIOCC_EXC(SystemError, &Exception);
AIOCC_EXC(UnicodeDecodeError, &UnicodeError);
AIOCC_EXC(UnicodeEncodeError, &UnicodeError);
AIOCC_EXC(UnicodeTranslateError, &UnicodeError);
AIOCC_EXC(Warning, &Exception);
AIOCC_EXC(BytesWarning, &Warning);
AIOCC_EXC(DeprecationWarning, &Warning);
AIOCC_EXC(EncodingWarning, &Warning);
AIOCC_EXC(FutureWarning, &Warning);
AIOCC_EXC(ImportWarning, &Warning);
AIOCC_EXC(PendingDeprecationWarning, &Warning);
AIOCC_EXC(ResourceWarning, &Warning);
AIOCC_EXC(RuntimeWarning, &Warning);
AIOCC_EXC(SyntaxWarning, &Warning);
AIOCC_EXC(UnicodeWarning, &Warning);
AIOCC_EXC(UserWarning, &Warning);
AIOCC_EXC(ConnectionError, &OSError);
AIOCC_EXC(ConnectionResetError, &ConnectionError);
AIOCC_EXC(ConnectionRefusedError, &ConnectionError);
AIOCC_EXC(ConnectionAbortedError, &ConnectionError);
AIOCC_EXC(BrokenPipeError, &ConnectionError);
AIOCC_EXC(FileNotFoundError, &OSError);
AIOCC_EXC(PermissionError, &OSError);
AIOCC_EXC(KeyboardInterrupt, &BaseException);
AIOCC_EXC(SystemExit, &BaseException);
AIOCC_EXC(GeneratorExit, &BaseException);
AIOCC_EXC(BaseExceptionGroup, &BaseException);
AIOCC_EXC(ExceptionGroup, &BaseExceptionGroup);
#undef AIOCC_EXC
// ExceptionGroup derives from BaseExceptionGroup and Exception: its MRO says so.
[[maybe_unused]] const bool kExceptionGroupMro = [] {
  ExceptionGroup.mro = {&ExceptionGroup, &BaseExceptionGroup, &Exception, &BaseException, &types::object};
  return true;
}();
TypeObject CancelledError("CancelledError", &BaseException, construct_exception,
                          "asyncio.exceptions");
TypeObject InvalidStateError("InvalidStateError", &Exception, construct_exception,
                             "asyncio.exceptions");
}  // namespace exc

Object new_exception(TypeObject* cls, std::vector<Object> args) {
  return make<ExceptionObject>(cls, std::move(args));
}
Object new_exception(TypeObject* cls, const std::string& message) {
  return new_exception(cls, std::vector<Object>{py_str(message)});
}

bool is_exception_class(const Object& o) {
  auto* t = o.dyn<TypeObject>();
  return t && t->is_subtype_of(&exc::BaseException);
}

bool exception_matches(const Object& e, const Object& cls) {
  if (TupleObject* t = as_tuple(cls)) {
    for (const Object& c : t->items) {
      if (exception_matches(e, c)) return true;
    }
    return false;
  }
  if (!is_exception_class(cls)) {
    raise(&exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
  }
  return type_of(e)->is_subtype_of(cls.as<TypeObject>());
}

std::string ExceptionObject::str() const {
  if (const Object* m = user_class_lookup(cls, "__str__")) {
    Object r = aiocc::call(bind_user_method(*m, Object(const_cast<ExceptionObject*>(this))), {});
    if (!is_str(r)) raise(&exc::TypeError, "__str__ returned non-string (type " + type_of(r)->name + ")");
    return str_value(r);
  }
  return base_str();
}

Object ExceptionObject::attr_or_none(const char* name) const {
  const Object* v = as_dict(attrs) ? as_dict(attrs)->find(py_str(name)) : nullptr;
  return v ? *v : None;
}

std::string ExceptionObject::syntax_error_str() const {
  const Object msg = attr_or_none("msg"), filename = attr_or_none("filename"), lineno = attr_or_none("lineno");
  std::string file;
  const bool have_file = is_str(filename);
  if (have_file) {
    file = str_value(filename);
    if (size_t slash = file.rfind('/'); slash != std::string::npos) file = file.substr(slash + 1);
  }
  const bool have_lineno = type_of(lineno) == &types::int_;
  if (!have_file && !have_lineno) return aiocc::str(msg);
  std::string out = aiocc::str(msg) + " (";
  if (have_file) out += file;
  if (have_file && have_lineno) out += ", ";
  if (have_lineno) out += "line " + aiocc::str(lineno);
  return out + ")";
}

std::string ExceptionObject::base_str() const {
  if (cls->is_subtype_of(&exc::SyntaxError)) return syntax_error_str();
  if (cls->is_subtype_of(&exc::BaseExceptionGroup)) {
    size_t n = exceptions.size();
    return group_message + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")";
  }
  if (cls->is_subtype_of(&exc::ImportError) && as_dict(attrs)) {  // ImportError_str: its msg
    if (const Object* msg = as_dict(attrs)->find(py_str("msg")); msg && is_str(*msg)) return str_value(*msg);
  }
  if (cls->is_subtype_of(&exc::OSError) && as_dict(attrs)) {
    // "[Errno 2] No such file: 'x'" when made with an errno and strerror.
    DictObject* a = as_dict(attrs);
    const Object* err = a->find(py_str("errno"));
    const Object* msg = a->find(py_str("strerror"));
    const Object* file = a->find(py_str("filename"));
    const Object* file2 = a->find(py_str("filename2"));
    if (file && !file->is_none()) {
      std::string out = "[Errno " + aiocc::str(*err) + "] " + aiocc::str(*msg) + ": " + aiocc::repr(*file);
      if (file2 && !file2->is_none()) out += " -> " + aiocc::repr(*file2);
      return out;
    }
    if (err && msg && !err->is_none() && !msg->is_none()) return "[Errno " + aiocc::str(*err) + "] " + aiocc::str(*msg);
  }
  if (args.size() == 5 && cls->is_subtype_of(&exc::UnicodeError)) {
    bool handled;
    std::string s = unicode_error_str(cls, args, handled);
    if (handled) return s;
  }
  if (args.empty()) return "";
  if (args.size() == 1) {
    if (cls->is_subtype_of(&exc::KeyError)) return aiocc::repr(args[0]);
    return aiocc::str(args[0]);
  }
  return aiocc::repr(py_tuple(args));
}

std::string ExceptionObject::repr() const {
  if (const Object* m = user_class_lookup(cls, "__repr__")) {
    Object r = aiocc::call(bind_user_method(*m, Object(const_cast<ExceptionObject*>(this))), {});
    if (!is_str(r)) raise(&exc::TypeError, "__repr__ returned non-string (type " + type_of(r)->name + ")");
 return str_value(r);
  }
  return base_repr();
}

std::string ExceptionObject::base_repr() const {
  std::string out = short_name(cls) + "(";
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += ", ";
    out += aiocc::repr(args[i]);
  }
  return out + ")";
}

namespace {
// BaseException's methods. add_note keeps the notes in __notes__, a list the traceback prints.
Object e_add_note(const Object& self, const Object* a, Args, Kwargs) {
  if (!is_str(a[0])) raise(&exc::TypeError, "note must be a str, not '" + type_of(a[0])->name + "'");
  Object notes;
  try {
    notes = aiocc::getattr(self, "__notes__");
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
    notes = py_list({});
    aiocc::setattr(self, "__notes__", notes);
  }
  ListObject* l = as_list(notes);
  if (!l) raise(&exc::TypeError, "Cannot add note: __notes__ is not a list");
  l->items.push_back(a[0]);
  return None;
}
// ---- traceback objects -------------------------------------------------------------------------
// `e.__traceback__`: the exception's entries as CPython's chain, outermost first, each link
// giving its line (tb_lineno) and the next one inward (tb_next). aiocc has no frame objects.
TypeObject traceback_type("traceback", &types::object, not_constructible_type);

struct TracebackObject final : HeapObject {
  std::shared_ptr<const std::vector<TbEntry>> chain;  // outermost first
  size_t index;
  TracebackObject(std::shared_ptr<const std::vector<TbEntry>> c, size_t i) : chain(std::move(c)), index(i) {}
  TypeObject* type() const override { return &traceback_type; }
  std::string repr() const override { return "<traceback object at " + detail::address(this) + ">"; }
  Object getattr(const Object& self, std::string_view name) override {
    const TbEntry& e = (*chain)[index];
    if (name == "tb_lineno") return py_int(e.code->positions[e.pos].line);
    if (name == "tb_next") return index + 1 < chain->size() ? make<TracebackObject>(chain, index + 1) : None;
    if (name == "tb_frame" || name == "tb_lasti") {
      raise(&exc::NotImplementedError, "aiocc has no frame objects: traceback." + std::string(name) + " is not supported");
    }
    return HeapObject::getattr(self, name);
  }
};

Object traceback_of(const ExceptionObject& e) {
  if (e.tb.empty()) return None;
  return make<TracebackObject>(std::make_shared<const std::vector<TbEntry>>(e.tb.rbegin(), e.tb.rend()), 0);
}

// `e.__traceback__ = tb` and e.with_traceback(tb): tb's chain from its link on, or none.
void set_traceback(ExceptionObject& e, const Object& tb) {
  if (tb.is_none()) {
    e.tb.clear();
  } else if (auto* t = tb.dyn<TracebackObject>()) {
    e.tb.assign(t->chain->rbegin(), t->chain->rend() - static_cast<std::ptrdiff_t>(t->index));
  } else {
    raise(&exc::TypeError, "__traceback__ must be a traceback or None");
  }
}

Object e_with_traceback(const Object& self, const Object* a, Args, Kwargs) {
  set_traceback(*self.as<ExceptionObject>(), a[0]);
  return self;
}
constexpr MethodDef kExceptionMethods[] = {
    {"add_note", e_add_note, ArgStyle::OneArg, {Param{"note"}}, 1},
    {"with_traceback", e_with_traceback, ArgStyle::OneArg, {Param{"tb"}}, 1},
};
static_assert(sorted_by_name(kExceptionMethods), "kExceptionMethods must stay sorted by name");

constexpr DataAttribute kExceptionAttributes[] = {{"args"}};
constexpr MethodCatalog kExceptionCatalog{"BaseException", kExceptionMethods, kExceptionAttributes};
}  // namespace

bool is_traceback(const Object& o) { return o.dyn<TracebackObject>() != nullptr; }

// The entries from `tb` inward, as (filename, lineno, col, end_col, anchor_l, anchor_r, name,
// source line): columns in code points, -1 where unknown (end_col: to the end of the line).
Object traceback_entries(const Object& tb) {
  auto* t = tb.dyn<TracebackObject>();
  if (!t) raise(&exc::TypeError, "expected a traceback, not '" + type_of(tb)->name + "'");
  std::vector<Object> out;
  for (size_t i = t->index; i < t->chain->size(); ++i) {
    const TbEntry& e = (*t->chain)[i];
    const SrcPos& p = e.code->positions[e.pos];
    const ModuleInfo* m = e.code->module;
    std::string line = p.line >= 1 && p.line <= m->nlines ? std::string(m->lines[p.line - 1]) : "";
    out.push_back(py_tuple({py_str(m->path), py_int(p.line), py_int(p.col), py_int(p.end_col), py_int(p.anchor_l),
                            py_int(p.anchor_r), py_str(e.code->name), py_str(std::move(line))}));
  }
  return py_list(std::move(out));
}

const MethodCatalog& exception_catalog() { return kExceptionCatalog; }

Object ExceptionObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (!user_class_lookup(cls, name)) {
    if (const MethodDef* m = kExceptionCatalog.find(name)) {
      return call_catalog_method(kExceptionCatalog, *m, self, args, kw);
    }
    if (const MethodDef* m = is_group(self) ? group_catalog().find(name) : nullptr) {
      return call_catalog_method(group_catalog(), *m, self, args, kw);
    }
  }
  return HeapObject::call_method(self, name, args, kw);
}

// An exception class of the script: its data descriptors (properties...) first, then the
// instance's attributes, then its other class attributes through the descriptor protocol
// (methods bound, classmethods, staticmethods, cached_property), as object.__getattribute__.
Object ExceptionObject::getattr(const Object& self, std::string_view name) {
  const Object* m = user_class_lookup(cls, name);
  if (m && is_data_descriptor(*m)) return descr_get(*m, self, cls, intern(name));
  if (DictObject* d = as_dict(attrs)) {
    if (Object* v = d->find(py_str(std::string(name)))) return *v;
  }
  if (m) return descr_get(*m, self, cls, intern(name));
  if (const Object* ga = cls->kind_of_class() ? user_class_lookup(cls, "__getattr__") : nullptr) {
    try {
      return builtin_getattr(self, name);
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
    }
    return call_with_self(*ga, self, {py_str(std::string(name))}, {});
  }
  return builtin_getattr(self, name);
}

bool ExceptionObject::truthy() const {
  ClassObject* c = cls->kind_of_class();
  if (!c) return true;
  Object self(const_cast<ExceptionObject*>(this));
  if (!c->slot(Slot::bool_).is_unbound()) {
    Object r = call_with_self(c->slot(Slot::bool_), self, {}, {});
    if (!r.is_bool()) raise(&exc::TypeError, "__bool__ should return bool, returned " + type_of(r)->name);
    return r.as_bool();
  }
  if (!c->slot(Slot::len).is_unbound()) return length(self) != 0;
  return true;
}

bool ExceptionObject::is_callable() const {
  ClassObject* c = cls->kind_of_class();
  return c && !c->slot(Slot::call).is_unbound();
}

Object ExceptionObject::call(Args a, Kwargs kw) {
  if (!is_callable()) return HeapObject::call(a, kw);
  return call_with_self(cls->kind_of_class()->slot(Slot::call), Object(this), a, kw);
}

// The attributes BaseException and its built-in subclasses define.
Object ExceptionObject::builtin_getattr(const Object& self, std::string_view name) {
  if (name == "args") return py_tuple(args);
  if (Object m = catalog_bound_method(kExceptionCatalog, self, name); !m.is_unbound()) return m;
  if (is_group(self)) {
    if (Object m = catalog_bound_method(group_catalog(), self, name); !m.is_unbound()) return m;
  }
  if (name == "value" && cls->is_subtype_of(&exc::StopIteration)) return args.empty() ? None : args[0];
  if ((name == "name" || name == "obj") && cls->is_subtype_of(&exc::AttributeError)) return None;
  if (name == "name" && cls->is_subtype_of(&exc::NameError)) return None;
  if ((name == "name" || name == "path" || name == "msg") && cls->is_subtype_of(&exc::ImportError)) return None;
  if (cls->is_subtype_of(&exc::SyntaxError)) {
    for (const char* field : {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                              "print_file_and_line"}) {
      if (name == field) return None;
    }
  }
  if (name == "__suppress_context__") return Object::from_bool(suppress_context);
  if (name == "__cause__") return cause.is_unbound() ? None : cause;
  if (name == "__context__") return context.is_unbound() ? None : context;
  if (name == "__traceback__") return traceback_of(*this);
  if (name == "__class__") return Object(cls);
  if (name == "__dict__") {  // BaseException's instance dict
    if (attrs.is_unbound()) attrs = py_dict();
    return attrs;
  }
  if (args.size() == 5 && (cls->is_subtype_of(&exc::UnicodeEncodeError) ||
                           cls->is_subtype_of(&exc::UnicodeDecodeError))) {
    static const char* const fields[] = {"encoding", "object", "start", "end", "reason"};
    for (size_t i = 0; i < 5; ++i) {
      if (name == fields[i]) return args[i];
    }
  }
  if (name == "exceptions" && cls->is_subtype_of(&exc::BaseExceptionGroup)) {
    if (exceptions_tuple.is_unbound()) exceptions_tuple = py_tuple(exceptions);
    return exceptions_tuple;
  }
  if (name == "message" && cls->is_subtype_of(&exc::BaseExceptionGroup)) return py_str(group_message);
  if (name == "code" && cls->is_subtype_of(&exc::SystemExit)) {
    return args.empty() ? None : args.size() == 1 ? args[0] : py_tuple(args);
  }
  return HeapObject::getattr(self, name);
}

void ExceptionObject::setattr(std::string_view name, const Object& value) {
  if (name == "__cause__") {
    cause = value;
    suppress_context = true;
    return;
  }
  if (name == "__context__") {
    context = value;
    return;
  }
  if (name == "__suppress_context__") {
    suppress_context = aiocc::truthy(value);
    return;
  }
  if (name == "__traceback__") {
    set_traceback(*this, value);
    return;
  }
  if (name == "args") {
    args = to_vector(value);
    return;
  }
  if (name == "__class__") {
    cls = class_for_assignment(Object(this), value.is_unbound() ? nullptr : &value);
    return;
  }
  if (name == "__dict__") {  // PyObject_GenericSetDict
    if (value.is_unbound()) raise(&exc::TypeError, "cannot delete __dict__");
    if (!as_dict(value)) {
      raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '" + type_of(value)->name + "'");
    }
    attrs = value;
    return;
  }
  // A data descriptor of an exception class of the script (a property's setter...).
  if (const Object* m = user_class_lookup(cls, name); m && is_data_descriptor(*m)) {
    Object self(this);
    descr_set(*m, self, value.is_unbound() ? nullptr : &value, cls, intern(name));
    return;
  }
  if (attrs.is_unbound()) attrs = py_dict();
  as_dict(attrs)->set(py_str(std::string(name)), value);
}

void add_traceback(const Object& e, Frame* frame) {
  if (!frame || !frame->code || !frame->code->module || frame->code->hidden) return;
  e.as<ExceptionObject>()->tb.push_back({frame->code, frame->pos});
}

void raise_attribute_error(const Object& obj, std::string_view name, const std::string& message) {
  Object e = new_exception(&exc::AttributeError, message);
  e.as<ExceptionObject>()->setattr("name", py_str(std::string(name)));
  e.as<ExceptionObject>()->setattr("obj", obj);
  raise_exc(e);
}

void note_caught(const Object& exc) {
  if (auto* eo = exc.dyn<ExceptionObject>()) eo->tb_caught = static_cast<int>(eo->tb.size());
}

const Object* current_handled() {
  const Object* h = g_frame ? g_frame->handling() : nullptr;
  return h && !h->is_unbound() ? h : nullptr;
}

void raise_exc(Object e) {
  if (const Object* h = current_handled()) chain_context(e, *h);
  raise_restored(std::move(e));
}

void raise_restored(Object e) {
  add_traceback(e, g_frame);
  throw PyException{std::move(e)};
}

void recursion_error(bool add_caller_entry) {
  Object e = new_exception(&exc::RecursionError, "maximum recursion depth exceeded");
  if (add_caller_entry) add_traceback(e, g_frame);
  throw PyException{std::move(e)};
}

NativeCallDepth::NativeCallDepth() : depth(g_frame ? &g_frame->depth : &g_base_depth) {
  if (*depth + 1 > g_recursion_limit) {
    raise(&exc::RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  ++*depth;
}

void raise(TypeObject* cls, const std::string& message) {
  raise_exc(new_exception(cls, message));
}

void chain_context(const Object& e, const Object& handled) {
  if (handled.is_unbound() || e.same(handled)) return;
  auto* eo = e.as<ExceptionObject>();
  if (!eo->context.is_unbound()) return;
  // Avoid creating a cycle in the context chain, as CPython does.
  for (Object c = handled; !c.is_unbound(); c = c.as<ExceptionObject>()->context) {
    if (c.same(e)) return;
  }
  eo->context = handled;
}

void raise_stmt(Frame& f, int pos, const Object& value, const Object& cause, bool has_cause) {
  auto instantiate = [](const Object& v, const char* what) -> Object {
    if (is_exception_class(v)) return call(v, {});
    if (v.is_heap() && dynamic_cast<ExceptionObject*>(v.heap())) return v;
    raise(&exc::TypeError, what);
  };
  Object e = instantiate(value, "exceptions must derive from BaseException");
  if (has_cause) {
    Object c = cause.is_none() ? None : instantiate(cause, "exception causes must derive from BaseException");
    auto* eo = e.as<ExceptionObject>();
    eo->cause = c.is_none() ? Object() : c;
    eo->suppress_context = true;
  }
  // As _PyErr_SetObject: the handled exception replaces any earlier context, and a cycle
  // through `e` in its own context chain is cut.
  if (const Object* h = current_handled(); h && !h->same(e)) {
    for (Object o = *h;;) {
      auto* oo = o.as<ExceptionObject>();
      if (oo->context.is_unbound()) break;
      if (oo->context.same(e)) {
        oo->context = Object();
        break;
      }
      o = oo->context;
    }
    e.as<ExceptionObject>()->context = *h;
  }
  f.pos = pos;
  add_traceback(e, &f);
  throw PyException{std::move(e)};
}

void reraise() {
  const Object* h = current_handled();
  if (!h) raise(&exc::RuntimeError, "No active exception to reraise");
  throw PyException{*h};
}

}  // namespace aiocc
