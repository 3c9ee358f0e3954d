// _aiocc (aiocc/py/private_module.h): the C side of aiocc's library modules written in Python.
#include "aiocc/py/private_module.h"

#include <openssl/sha.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "aiocc/frame.h"
#include "aiocc/program.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/bytes.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/namedtuple.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
#include "aiocc/py/abc.h"
#include "aiocc/py/typing.h"
#include "internal.h"
#include "../objects/cpython_frames.h"
#include "unicode.h"

namespace aiocc::private_module {

// os.urandom(n).
Object urandom(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("urandom", {"size"}, 1, 1, args, kw, v);
  int64_t n;
  if (!aiocc::detail::small(number_index(v[0]), n)) raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
  if (n < 0) raise(&exc::ValueError, "negative argument not allowed");
  std::string out(static_cast<size_t>(n), '\0');
  for (size_t done = 0; done < out.size();) {
    ssize_t got = getrandom(out.data() + done, out.size() - done, 0);
    if (got < 0) raise(&exc::OSError, "getrandom failed");
    done += static_cast<size_t>(got);
  }
  return py_bytes(std::move(out));
}

// hashlib.sha512(data).digest().
Object sha512(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("sha512", {"data"}, 1, 1, args, kw, v);
  if (!is_bytes_like(v[0])) raise(&exc::TypeError, "object supporting the buffer API required");
  const std::string& data = bytes_data(v[0]);
  unsigned char digest[SHA512_DIGEST_LENGTH];
  SHA512(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
  return py_bytes(std::string(reinterpret_cast<const char*>(digest), sizeof digest));
}

// isinstance(x, collections.abc.Sequence), for the sequences aiocc has.
Object is_sequence(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("is_sequence", {"x"}, 1, 1, args, kw, v);
  TypeObject* t = type_of(v[0]);
  for (TypeObject* s : {&types::list, &types::tuple, &types::str, &types::range, &types::bytes, &types::bytearray}) {
    if (t->is_subtype_of(s)) return True();
  }
  // A Sequence of collections.abc (by inheritance or registration), once it is imported.
  if (Object seq = registered_abc_class("Sequence"); !seq.is_unbound()) {
    return Object::from_bool(abc::instance_check(v[0], seq.as<TypeObject>()));
  }
  return False();
}

// warnings.warn(message, category, stacklevel), with CPython's default filters.
Object warn(Args args, Kwargs kw) {
  Object v[3];
  clinic_bind("warn", {"message", "category", "stacklevel"}, 3, 3, args, kw, v);
  int64_t level = 1;
  aiocc::detail::small(v[2], level);
  aiocc::warn(v[1].as<TypeObject>(), str_value(v[0]), static_cast<int>(level));
  return None;
}

// isinstance(x, collections.abc.Mapping), for the mappings aiocc has: dicts, and the library's
// mapping classes (ChainMap), which say so with `_aiocc_mapping = True`.
Object is_mapping(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("is_mapping", {"x"}, 1, 1, args, kw, v);
  if (type_of(v[0])->is_subtype_of(&types::dict)) return True();
  if (InstanceObject* i = as_instance(v[0])) {
    if (const Object* flag = i->cls->lookup(intern("_aiocc_mapping"))) return Object::from_bool(truthy(*flag));
  }
  // A Mapping of collections.abc (by inheritance or registration), once it is imported.
  if (Object mapping = registered_abc_class("Mapping"); !mapping.is_unbound()) {
    return Object::from_bool(abc::instance_check(v[0], mapping.as<TypeObject>()));
  }
  return False();
}

// collections.namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
// called straight from the caller's code, whose module is the class's __module__ by default.
Object namedtuple(Args args, Kwargs kw) {
  Object v[5];
  clinic_bind("namedtuple", {"typename", "field_names", "rename", "defaults", "module"}, 2, 2, args, kw, v);
  namedtuple::Options o;
  o.rename = !v[2].is_unbound() && truthy(v[2]);
  o.defaults = v[3].is_unbound() ? None : v[3];
  o.module = v[4].is_unbound() || v[4].is_none() ? current_module_name() : (is_str(v[4]) ? str_value(v[4]) : repr(v[4]));
  return namedtuple::make_namedtuple(v[0], v[1], o);
}

// Marks a library class as standing for one of CPython's written in C: its error messages
// name it by `tp_name` ("collections.deque").
// `name`, when given, renames the class (__name__ and __qualname__): a view or iterator class
// that CPython's module does not bind (odict_keys).
Object builtin_type(Args args, Kwargs kw) {
  Object v[3];
  clinic_bind("builtin_type", {"cls", "tp_name", "name"}, 3, 2, args, kw, v);
  TypeObject* t = v[0].as<TypeObject>();
  t->tp_name = str_value(v[1]);
  if (!v[2].is_unbound()) {
    t->name = str_value(v[2]);
    t->simple_name.clear();
  }
  return None;
}

// type_name(obj): the name C code gives obj's type in messages, its tp_name
// ("datetime.timedelta", "int", a class of the script's __name__).
Object type_name(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("type_name", {"obj"}, 1, 1, args, kw, v);
  return py_str(type_of(v[0])->error_name());
}

// getenv(name): os.environ.get(name), the variable as the process started with it.
Object getenv(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("getenv", {"name"}, 1, 1, args, kw, v);
  const char* value = std::getenv(str_value(v[0]).c_str());
  return value ? py_str(value) : None;
}

// terminal_size(fd): os.get_terminal_size(fd) as (columns, lines); OSError when fd is no
// terminal.
Object terminal_size(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("terminal_size", {"fd"}, 1, 1, args, kw, v);
  int64_t fd = 1;
  aiocc::detail::small(v[0], fd);
  struct winsize w {};
  if (ioctl(static_cast<int>(fd), TIOCGWINSZ, &w) != 0) raise_os_error(errno);
  return py_tuple({py_int(w.ws_col), py_int(w.ws_row)});
}

// frames(): the Python frames running, innermost first, as (filename, lineno, function name,
// source line, module __name__) (sys._getframe's chain, for logging's findCaller, traceback's
// stacks and warnings' stacklevel).
Object frames(Args args, Kwargs kw) {
  clinic_bind("frames", {}, 0, 0, args, kw, nullptr);
  std::vector<Object> out;
  auto add = [&](const CodeInfo* code, int pos) {
    if (!code || !code->module || code->hidden) return;
    const ModuleInfo& m = *code->module;
    const int line = code->positions[pos].line;
    std::string text = line >= 1 && line <= m.nlines ? std::string(m.lines[line - 1]) : "";
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    out.push_back(py_tuple({py_str(m.path), py_int(line), py_str(code->name), py_str(std::move(text)), py_str(m.name)}));
  };
  for (const Frame* f = g_frame; f; f = f->parent) add(f->code, f->pos);
  if (g_run_caller) {
    // A task's step or a callback, run by Handle._run from the loop asyncio.run runs.
    for (const CodeInfo* c : {&cpython::handle_run, &cpython::run_once_handle, &cpython::run_forever_run_once,
                              &cpython::run_until_complete_forever, &cpython::runner_run, &cpython::runners_run}) {
      add(c, 0);
    }
    for (const Frame* f = g_run_caller; f; f = f->parent) add(f->code, f->pos);
  }
  return py_list(std::move(out));
}

// os.getpid().
Object getpid(Args args, Kwargs kw) {
  clinic_bind("getpid", {}, 0, 0, args, kw, nullptr);
  return py_int(static_cast<int64_t>(::getpid()));
}

// set_warn_hooks(warn, unawaited): warnings.py takes over the warnings C code issues.
Object set_warn_hooks(Args args, Kwargs kw) {
  Object v[2];
  clinic_bind("set_warn_hooks", {"warn", "unawaited"}, 2, 2, args, kw, v);
  aiocc::set_warn_hooks(v[0], v[1]);
  return None;
}

// register_abcs({name: cls}): collections.abc's classes, which typing's aliases stand for.
Object register_abcs(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("register_abcs", {"by_name"}, 1, 1, args, kw, v);
  aiocc::register_abcs(v[0]);
  return None;
}

// tb_entries(tb): the entries of a traceback object, for traceback.py (no frame objects).
Object tb_entries(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("tb_entries", {"tb"}, 1, 1, args, kw, v);
  return traceback_entries(v[0]);
}

// display_width(line, offset): traceback.py's _display_width, the columns line[:offset] takes
// on a terminal (unicodedata.east_asian_width W and F count two).
Object display_width(Args args, Kwargs kw) {
  Object v[2];
  clinic_bind("display_width", {"line", "offset"}, 2, 2, args, kw, v);
  std::u32string cps = uni::decode(str_value(v[0]));
  int64_t offset = 0;
  aiocc::detail::small(v[1], offset);
  int64_t width = 0;
  for (int64_t i = 0; i < offset && i < static_cast<int64_t>(cps.size()); ++i) width += uni::display_width(cps[i]);
  return py_int(width);
}

// atexit_register(fn): atexit.register(fn) without arguments.
Object atexit_register(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("atexit_register", {"func"}, 1, 1, args, kw, v);
  register_at_exit(v[0]);
  return v[0];
}

// types.GenericAlias(origin, args).
Object generic_alias(Args args, Kwargs kw) {
  Object v[2];
  clinic_bind("GenericAlias", {"origin", "args"}, 2, 2, args, kw, v);
  return aiocc::generic_alias(v[0], v[1]);
}

// types.MappingProxyType(mapping).
Object mappingproxy(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("mappingproxy", {"mapping"}, 1, 1, args, kw, v);
  return make_mappingproxy(v[0]);
}

#define AIOCC_DEFINE(name) BuiltinFunction name##_fn(#name, name);
AIOCC_DEFINE(urandom) AIOCC_DEFINE(sha512) AIOCC_DEFINE(is_sequence) AIOCC_DEFINE(is_mapping) AIOCC_DEFINE(warn)
AIOCC_DEFINE(builtin_type) AIOCC_DEFINE(type_name) AIOCC_DEFINE(getenv) AIOCC_DEFINE(terminal_size) AIOCC_DEFINE(frames) AIOCC_DEFINE(getpid) AIOCC_DEFINE(atexit_register) AIOCC_DEFINE(generic_alias) AIOCC_DEFINE(mappingproxy)
AIOCC_DEFINE(tb_entries) AIOCC_DEFINE(display_width) AIOCC_DEFINE(set_warn_hooks) AIOCC_DEFINE(register_abcs)
#undef AIOCC_DEFINE
BuiltinFunction namedtuple_fn("namedtuple", namedtuple, "collections");

// float_pack(x, size, little) -> bytes: a float (x is one) as IEEE 754 binary16, binary32 or
// binary64 (size 2, 4 or 8), as PyFloat_Pack2/4/8 write it; OverflowError for a finite value
// too large for the format. float_pack(x, 4, little, True): the native 'f' code's C cast,
// which gives inf.
namespace {
std::string ordered(const unsigned char* p, size_t n, bool little) {
  std::string out(reinterpret_cast<const char*>(p), n);  // the machine is little-endian
  if (!little) std::reverse(out.begin(), out.end());
  return out;
}

[[noreturn]] void pack_overflow(char code) {
  raise(&exc::OverflowError, std::string("float too large to pack with ") + code + " format");
}

uint16_t pack2(double x) {
  unsigned sign = 0, bits = 0;
  int e = 0;
  if (x == 0.0) {
    sign = std::signbit(x);
  } else if (std::isinf(x)) {
    sign = x < 0.0;
    e = 0x1f;
  } else if (std::isnan(x)) {
    sign = std::signbit(x);
    e = 0x1f;
    bits = 512;
  } else {
    sign = x < 0.0;
    double f = std::frexp(std::fabs(x), &e) * 2.0;
    --e;
    if (e >= 16) pack_overflow('e');
    if (e < -25) {
      f = 0.0;
      e = 0;
    } else if (e < -14) {
      f = std::ldexp(f, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    bits = static_cast<unsigned>(f);
    if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1)) {  // round half to even
      if (++bits == 1024) {
        bits = 0;
        if (++e == 31) pack_overflow('e');
      }
    }
  }
  return static_cast<uint16_t>(bits | (e << 10) | (sign << 15));
}

double unpack2(uint16_t h) {
  const bool sign = h >> 15;
  int e = (h >> 10) & 0x1f;
  const unsigned f = h & 0x3ff;
  if (e == 0x1f) {
    if (f == 0) return sign ? -HUGE_VAL : HUGE_VAL;
    return std::copysign(std::nan(""), sign ? -1.0 : 1.0);
  }
  double x = f / 1024.0;
  if (e == 0) {
    e = -14;
  } else {
    x += 1.0;
    e -= 15;
  }
  x = std::ldexp(x, e);
  return sign ? -x : x;
}
}  // namespace

Object float_pack(Args args, Kwargs) {
  const double x = args[0].as_float();
  const int64_t size = args[1].as_int();  // 2, 4 or 8 (a small int)
  const bool little = truthy(args[2]);
  if (size == 2) {
    const uint16_t h = pack2(x);
    return py_bytes(ordered(reinterpret_cast<const unsigned char*>(&h), 2, little));
  }
  if (size == 4) {
    const float y = static_cast<float>(x);
    if (std::isinf(y) && !std::isinf(x) && !(args.size() > 3 && truthy(args[3]))) pack_overflow('f');
    return py_bytes(ordered(reinterpret_cast<const unsigned char*>(&y), 4, little));
  }
  return py_bytes(ordered(reinterpret_cast<const unsigned char*>(&x), 8, little));
}

// float_unpack(data, little) -> float: the inverse, for 2, 4 or 8 bytes.
Object float_unpack(Args args, Kwargs) {
  std::string data = bytes_data(args[0]);
  if (!truthy(args[1])) std::reverse(data.begin(), data.end());
  if (data.size() == 2) {
    uint16_t h;
    std::memcpy(&h, data.data(), 2);
    return Object::from_float(unpack2(h));
  }
  if (data.size() == 4) {
    float y;
    std::memcpy(&y, data.data(), 4);
    return Object::from_float(y);
  }
  double d;
  std::memcpy(&d, data.data(), 8);
  return Object::from_float(d);
}

BuiltinFunction float_pack_fn("float_pack", float_pack), float_unpack_fn("float_unpack", float_unpack);

}  // namespace aiocc::private_module
