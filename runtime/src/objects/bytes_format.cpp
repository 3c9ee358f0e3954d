// printf-style `%` formatting of bytes and bytearray (PEP 461), as CPython 3.11's
// _PyBytes_FormatEx: the spec parsing and the number conversions are str's (percent_format.h);
// what differs is here: %s/%b take a buffer or __bytes__, %r/%a are ascii(), %c takes a byte,
// lengths count bytes, the result has the left operand's type, and the error texts say "bytes".
#include <cmath>

#include "aiocc/py/bytes.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "bytes_internal.h"
#include "internal.h"
#include "percent_format.h"
#include "str_methods.h"

namespace aiocc {

const Object* user_class_lookup(const TypeObject* cls, std::string_view name);

namespace {

using namespace detail;  // the PercentFlag names

std::string tname(const Object& o) { return type_of(o)->name; }

// format_obj: %s and %b take a bytes-like object as it is, else what __bytes__ returns.
std::string bytes_operand(const Object& v) {
  const Object& u = unwrap(v);
  if (is_bytes_like(u)) return bytes_data(u);
  std::string data;
  if (dunder_bytes(v, data)) return data;
  raise(&exc::TypeError,
        "%b requires a bytes-like object, or an object that implements __bytes__, not '" +
            tname(v) + "'");
}

// byte_converter: a bytes or bytearray of length 1, or an int (or __index__) in range(256).
char byte_operand(const Object& v) {
  if (is_bytes_like(v) && bytes_data(v).size() == 1) return bytes_data(v)[0];
  InstanceObject* inst = as_instance(v);
  if (!is_int(v) && !(inst && (!inst->cls->slot(Slot::index).is_unbound() || is_int(inst->base_value))))
    raise(&exc::TypeError, "%c requires an integer in range(256) or a single byte");
  int64_t n;
  if (!detail::small(number_index(v), n) || n < 0 || n > 255)
    raise(&exc::OverflowError, "%c arg not in range(256)");
  return static_cast<char>(n);
}

// PyFloat_AsDouble, whose every failure formatfloat reports as one TypeError.
double double_operand(const Object& v) {
  if (v.is_float()) return v.as_float();
  try {
    if (is_int(v)) return int_to_double(v);
    if (InstanceObject* inst = as_instance(v)) {
      const Object& base = inst->base_value;
      if (!inst->cls->slot(Slot::float_).is_unbound() || !inst->cls->slot(Slot::index).is_unbound() ||
          base.is_float() || is_int(base)) {
        Object f = call(Object(&types::float_), {v});
        if (f.is_float()) return f.as_float();
      }
    }
  } catch (PyException&) {
  }
  raise(&exc::TypeError, "float argument required, not " + tname(v));
}

Object bytes_key(std::string_view k) { return py_bytes(std::string(k)); }

// The padding of one converted value; `numeric` values take a sign and, with '0', zero fill.
void pad_bytes(std::string& out, std::string_view body, char type, PercentSpec spec,
               bool numeric) {
  const int flags = spec.flags;
  if (!numeric && spec.prec >= 0 && static_cast<int64_t>(body.size()) > spec.prec)
    body = body.substr(0, static_cast<size_t>(spec.prec));
  char sign = 0;
  char fill = ' ';
  if (numeric) {
    if (flags & Zero) fill = '0';
    if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
      sign = body[0];
      body.remove_prefix(1);
    } else if (flags & Sign) {
      sign = '+';
    } else if (flags & Blank) {
      sign = ' ';
    }
  }
  int64_t len = static_cast<int64_t>(body.size());
  int64_t width = std::max(spec.width, len);
  if (sign) {
    if (fill != ' ') out += sign;
    if (width > len) --width;
  }
  const bool prefix = (flags & Alt) && (type == 'o' || type == 'x' || type == 'X');
  if (prefix) {
    if (fill != ' ') out.append(body.substr(0, 2));
    width = std::max<int64_t>(width - 2, 0);
    len -= 2;
  }
  if (width > len && !(flags & LJust)) {
    out.append(static_cast<size_t>(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (sign) out += sign;
    if (prefix) out.append(body.substr(0, 2));
  }
  out.append(prefix ? body.substr(2) : body);
  if (width > len) out.append(static_cast<size_t>(width - len), ' ');
}

}  // namespace

Object bytes_percent(const Object& format, const Object& values) {
  const std::string& f = bytes_data(format);
  PercentArgs ctx{values, -1, -2, nullptr};
  if (TupleObject* t = as_tuple(values))
    ctx.arglen = static_cast<int64_t>(t->items.size()), ctx.argidx = 0;
  if (percent_mapping(values, true)) ctx.dict = &values;
  const char* not_all = "not all arguments converted during bytes formatting";
  std::string out;
  size_t i = 0;
  while (i < f.size()) {
    const size_t pct = f.find('%', i);
    if (pct == std::string::npos) {
      out.append(f, i, std::string::npos);
      break;
    }
    out.append(f, i, pct - i);
    i = pct + 1;
    if (i < f.size() && f[i] == '%') {
      out += '%';
      ++i;
      continue;
    }
    const PercentSpec spec = parse_percent_spec(f, i, ctx, bytes_key);
    const char type = f[i++];
    const Object& v = ctx.next();
    switch (type) {
      case 's':
      case 'b':
        pad_bytes(out, bytes_operand(v), type, spec, false);
        break;
      case 'r':
      case 'a':
        pad_bytes(out, ascii_repr(v), type, spec, false);
        break;
      case 'c': {
        const char c = byte_operand(v);
        pad_bytes(out, std::string_view(&c, 1), type, spec, false);
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        // formatlong names %i as %d in its TypeError.
        pad_bytes(out, percent_integer(v, type == 'i' ? 'd' : type, spec.flags, spec.prec), type,
                  spec, true);
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        pad_bytes(out, percent_double(double_operand(v), type, spec.flags, spec.prec), type, spec,
                  true);
        break;
      default: {
        // CPython formats the byte as a C char into the message: one past 0x7f is negative,
        // and PyUnicode_FromFormat refuses it.
        if (static_cast<unsigned char>(type) >= 0x80)
          raise(&exc::OverflowError, "character argument not in range(0x110000)");
        char hex[8];
        std::snprintf(hex, sizeof hex, "%x", static_cast<unsigned>(type));
        raise(&exc::ValueError, std::string("unsupported format character '") + type + "' (0x" +
                                    hex + ") at index " + std::to_string(i - 1));
      }
    }
    if (ctx.dict && ctx.argidx < ctx.arglen) raise(&exc::TypeError, not_all);
  }
  if (ctx.argidx < ctx.arglen && !ctx.dict) raise(&exc::TypeError, not_all);
  return is_bytes(format) ? py_bytes(std::move(out)) : py_bytearray(std::move(out));
}

}  // namespace aiocc
