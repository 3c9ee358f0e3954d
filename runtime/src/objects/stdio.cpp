// The standard streams: sys.stdout and sys.stderr (print's buffered output, CPython's encoder
// and errors), sys.stdin, print and input.
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <cstring>
#include <optional>

#include "aiocc/py/builtins.h"
#include "aiocc/py/bytes.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "internal.h"
#include "method_catalog.h"

namespace aiocc::builtins {
namespace {

std::string& out_buffer() {
  static std::string buf;
  return buf;
}
bool stdout_is_tty() {
  static const bool tty = isatty(1);
  return tty;
}

// Writes everything, or returns the errno of the write that failed (0 when all went).
int write_all(int fd, const char* p, size_t n) {
  while (n) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return w < 0 ? errno : EIO;
    p += w;
    n -= static_cast<size_t>(w);
  }
  return 0;
}

}  // namespace

void write_stdout(const std::string& s) {
  std::string& buf = out_buffer();
  buf += s;
  if (buf.size() > (1 << 16) || (stdout_is_tty() && s.find('\n') != std::string::npos)) {
    flush_stdout_or_raise();
  }
}

namespace {
int g_stdout_error = 0;  // the errno of a failed write that nothing raised, reported at exit

// SIGPIPE is ignored (run_program), as CPython ignores it: a reader that went away makes the
// write fail with EPIPE. The buffered data is dropped either way.
int write_buffer() {
  std::string& buf = out_buffer();
  const std::string data = std::move(buf);
  buf.clear();
  return write_all(1, data.data(), data.size());
}
}  // namespace

bool flush_stdout_failed(int& err) {
  err = g_stdout_error;
  return err != 0;
}

void flush_stdout_or_raise() {
  if (int err = write_buffer()) raise_os_error(err);  // BrokenPipeError for EPIPE
}

// Before stderr output and at exit: an error is kept for the exit's report, not raised.
void flush_stdout() {
  if (int err = write_buffer(); err && !g_stdout_error) g_stdout_error = err;
}

void write_stderr(const std::string& s) { write_all(2, s.data(), s.size()); }

namespace {
// CPython's stdout error handler (config_get_stdio_errors): surrogateescape in the C and POSIX
// locales and the UTF-8 ones it coerces them to, strict in any other.
bool stdout_surrogateescape() {
  static const bool escape = [] {
    const char* set = std::setlocale(LC_CTYPE, "");
    const std::string loc = set ? set : "C";
    std::setlocale(LC_CTYPE, "C");  // the runtime's own character functions stay in "C"
    return loc == "C" || loc == "POSIX" || loc == "C.UTF-8" || loc == "C.utf8" || loc == "UTF-8";
  }();
  return escape;
}

// `s` as stdout's utf-8 encoder writes it: a lone surrogate raises UnicodeEncodeError for the
// run of surrogates (positions in code points), but U+DC80..U+DCFF stand for the raw bytes
// 0x80..0xFF under surrogateescape.
void encode_for_stdout(std::string& s) {
  if (!std::memchr(s.data(), 0xED, s.size())) return;
  auto surrogate_at = [&](size_t i) {
    return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xED && static_cast<unsigned char>(s[i + 1]) >= 0xA0;
  };
  auto code_point = [&](size_t i) {
    return ((s[i] & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
  };
  auto escaped_at = [&](size_t i) {
    return stdout_surrogateescape() && code_point(i) >= 0xDC80 && code_point(i) <= 0xDCFF;
  };
  std::string out;
  size_t cp = 0;
  for (size_t i = 0; i < s.size();) {
    if (!surrogate_at(i)) {
      cp += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
      out += s[i++];
      continue;
    }
    if (escaped_at(i)) {  // U+DC80..U+DCFF: the bytes 0x80..0xFF
      out += static_cast<char>(code_point(i) - 0xDC00);
      i += 3;
      ++cp;
      continue;
    }
    size_t end = cp;
    while (surrogate_at(i) && !escaped_at(i)) i += 3, ++end;
    raise_exc(new_exception(&exc::UnicodeEncodeError,
                            {py_str("utf-8"), py_str(s), py_int(static_cast<int64_t>(cp)),
                             py_int(static_cast<int64_t>(end)), py_str("surrogates not allowed")}));
  }
  s = std::move(out);
}

// sys.stdout and sys.stderr: print(file=...) and .write() go through the same buffers as print.
TypeObject text_io_type("TextIOWrapper", &types::object, construct_exception, "_io");
// What sys.stdout/sys.stderr and their binary buffers share: the file descriptor, where their
// bytes go, and the methods that only ask about the stream.
struct StdStream : HeapObject {
  int fd;
  explicit StdStream(int f) : fd(f) { refcnt = 1; }
  void write(const std::string& s) {
    if (fd == 1) {
      write_stdout(s);
    } else {
      flush_stdout();
      write_stderr(s);
    }
  }
  static bool is_common_method(std::string_view name) {
    return name == "write" || name == "flush" || name == "fileno" || name == "isatty" || name == "writable" ||
           name == "readable" || name == "seekable";
  }
  // flush, fileno, isatty, writable, readable, seekable; null for another name.
  std::optional<Object> common_call(std::string_view name, Args args) {
    if (name == "flush") {
      if (fd == 1) flush_stdout_or_raise();
      return None;
    }
    if (name == "fileno" || name == "isatty" || name == "writable" || name == "readable" || name == "seekable") {
      check_nargs(std::string(name).c_str(), args, 0, 0);
      if (name == "fileno") return py_int(fd);
      if (name == "isatty") return Object::from_bool(::isatty(fd) != 0);
      return Object::from_bool(name == "writable");
    }
    return std::nullopt;
  }
};

TypeObject buffered_writer_type("BufferedWriter", &types::object, construct_exception, "_io");
// sys.stdout.buffer, sys.stderr.buffer: bytes into the same buffers as the text.
struct BinaryStreamObject final : StdStream {
  using StdStream::StdStream;
  TypeObject* type() const override { return &buffered_writer_type; }
  std::string repr() const override {
    return fd == 1 ? "<_io.BufferedWriter name='<stdout>'>" : "<_io.BufferedWriter name='<stderr>'>";
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (is_common_method(name)) return make<BoundMethod>(self, std::string(name));
    if (name == "name") return py_str(fd == 1 ? "<stdout>" : "<stderr>");
    if (name == "mode") return py_str("wb");
    if (name == "closed") return False();
    return HeapObject::getattr(self, name);
  }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override {
    if (name == "write") {
      check_nargs("write", args, 1, 1);
      if (!is_bytes_like(args[0])) {
        raise(&exc::TypeError, "a bytes-like object is required, not '" + type_of(args[0])->name + "'");
      }
      const std::string& data = args[0].as<BytesLike>()->data;
      write(data);
      return py_int(static_cast<int64_t>(data.size()));
    }
    if (auto r = common_call(name, args)) return *r;
    return HeapObject::call_method(self, name, args, kw);
  }
};
BinaryStreamObject stdout_buffer(1), stderr_buffer(2);

struct StreamObject final : StdStream {
  using StdStream::StdStream;
  TypeObject* type() const override { return &text_io_type; }
  std::string repr() const override {
    return fd == 1 ? "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
                   : "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>";
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (is_common_method(name) || name == "writelines") {
      return make<BoundMethod>(self, std::string(name));
    }
    if (name == "name") return py_str(fd == 1 ? "<stdout>" : "<stderr>");
    if (name == "mode") return py_str("w");
    if (name == "encoding") return py_str("utf-8");
    if (name == "errors") {
      return py_str(fd == 2 ? "backslashreplace" : stdout_surrogateescape() ? "surrogateescape" : "strict");
    }
    if (name == "buffer") return Object(fd == 1 ? &stdout_buffer : &stderr_buffer);
    if (name == "closed") return False();
    return HeapObject::getattr(self, name);
  }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override {
    if (name == "write") {
      check_nargs("write", args, 1, 1);
      if (!is_str(args[0])) {
        raise(&exc::TypeError, "write() argument must be str, not " + type_of(args[0])->name);
      }
      std::string text = str_value(args[0]);
      if (fd == 1) encode_for_stdout(text);
      write(text);
      return py_int(static_cast<int64_t>(args[0].as<StrObject>()->length()));
    }
    if (name == "writelines") {  // each item written as write() writes it
      check_nargs("writelines", args, 1, 1);
      Iter it(args[0]);
      Object line;
      while (it.next(line)) call_method(self, "write", {line}, {});
      return None;
    }
    if (auto r = common_call(name, args)) return *r;
    return HeapObject::call_method(self, name, args, kw);
  }
};
StreamObject stdout_stream(1), stderr_stream(2);
}  // namespace

// print(*args, sep, end, file, flush): to sys.stdout and sys.stderr through their buffers; to
// any other file through its write method, one call per piece, as CPython's print makes them.
Object print_impl(const Object&, const Object*, Args args, Kwargs kw) {
  std::string sep = " ", end = "\n";
  bool flush = false;
  StreamObject* target = &stdout_stream;
  Object file;  // a file that is not one of the standard streams
  if (auto* stream = sys::stdout_obj.dyn<StreamObject>()) {
    target = stream;
  } else {
    file = sys::stdout_obj;  // sys.stdout assigned (contextlib.redirect_stdout)
  }
  for (const Kw& k : kw) {
    const Object& v = k.value;
    if (k.name == "sep" || k.name == "end") {
      if (!v.is_none() && !is_str(v)) {
        raise(&exc::TypeError, std::string(k.name) + " must be None or a string, not " + type_of(v)->name);
      }
      if (!v.is_none()) (k.name == "sep" ? sep : end) = str_value(v);
    } else if (k.name == "flush") {
      flush = truthy(v);
    } else if (k.name == "file") {
      if (!v.is_none()) {
        if (auto* stream = v.dyn<StreamObject>()) {
          target = stream;
          file = Object();
        } else {
          file = v;
        }
      }
    } else {
      raise(&exc::TypeError, "'" + std::string(k.name) + "' is an invalid keyword argument for print()");
    }
  }
  if (!file.is_unbound()) {
    auto put = [&](std::string s) { call_method(file, "write", {py_str(std::move(s))}); };
    for (size_t i = 0; i < args.size(); ++i) {
      if (i) put(sep);
      put(str(args[i]));
    }
    put(end);
    if (flush) call_method(file, "flush", {});
    return None;
  }
  std::string line;
  auto piece = [&](std::string s) {  // written one by one, as CPython's print does
    if (target->fd == 1) {
      try {
        encode_for_stdout(s);
      } catch (PyException&) {
        target->write(line);
        throw;
      }
    }
    line += s;
  };
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) piece(sep);
    piece(str(args[i]));
  }
  piece(end);
  target->write(line);
  if (flush && target->fd == 1) flush_stdout_or_raise();
  return None;
}

}  // namespace aiocc::builtins

namespace aiocc::sys {
Object stdout_obj(&builtins::stdout_stream);
Object stderr_obj(&builtins::stderr_stream);
Object original_stdout() { return Object(&builtins::stdout_stream); }
Object original_stderr() { return Object(&builtins::stderr_stream); }
bool stdio_surrogateescape() { return builtins::stdout_surrogateescape(); }
}  // namespace aiocc::sys
