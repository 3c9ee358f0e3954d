// The one argument binder of built-in methods: see method_catalog.h. Each ArgStyle reproduces
// the checks, their order and their messages of the CPython machinery it is named after.
#include "method_catalog.h"

#include <string>

#include "aiocc/py/exceptions.h"
#include "aiocc/py/str.h"

namespace aiocc {
namespace {

std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

size_t required_count(const MethodDef& m) {
  size_t n = 0;
  while (n < m.nparams && m.params[n].dflt == Param::Required) ++n;
  return n;
}

Object default_of(const Param& p) {
  switch (p.dflt) {
    case Param::None:
      return None;
    case Param::Int:
      return Object::from_int(p.value);
    case Param::False:
      return False();
    default:
      return Object();
  }
}

// Argument Clinic's _PyArg_UnpackKeywords.
void bind_keywords(const MethodDef& m, Args args, Kwargs kw, Object* out) {
  auto fname = [&] { return std::string(m.name) + "()"; };
  const size_t nargs = args.size(), maxargs = m.nparams, maxpos = m.kwonly_from;
  const size_t minpos = std::min(required_count(m), maxpos);
  if (nargs + kw.size() > maxargs) {
    raise(&exc::TypeError, fname() + " takes at most " + std::to_string(maxargs) + " " +
                               (nargs == 0 ? "keyword " : "") +
                               (maxargs == 1 ? "argument" : "arguments") + " (" +
                               std::to_string(nargs + kw.size()) + " given)");
  }
  if (nargs > maxpos) {
    raise(&exc::TypeError, fname() + " takes " + (minpos < maxpos ? "at most " : "exactly ") +
                               plural(maxpos, "positional argument") + " (" +
                               std::to_string(nargs) + " given)");
  }
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  size_t unused = kw.size();
  for (size_t i = nargs; i < maxargs; ++i) {
    const Object* v = kw.find(m.params[i].name);
    if (v) {
      out[i] = *v;
      --unused;
    } else if (m.params[i].dflt == Param::Required) {
      raise(&exc::TypeError, fname() + " missing required argument '" + m.params[i].name +
                                 "' (pos " + std::to_string(i + 1) + ")");
    }
  }
  if (unused == 0) return;
  for (size_t i = 0; i < nargs; ++i) {
    if (kw.find(m.params[i].name)) {
      raise(&exc::TypeError, "argument for " + fname() + " given by name ('" + m.params[i].name +
                                 "') and position (" + std::to_string(i + 1) + ")");
    }
  }
  for (const Kw& k : kw) {
    bool known = false;
    for (size_t i = 0; i < maxargs; ++i) known |= k.name == m.params[i].name;
    if (!known)
      raise(&exc::TypeError,
            str_repr(std::string(k.name)) + " is an invalid keyword argument for " + fname());
  }
}

}  // namespace

Object call_catalog_method(const MethodCatalog& cat, const MethodDef& m, const Object& self,
                           Args args, Kwargs kw) {
  // Built only for an error message: calls stay free of allocations.
  auto dotted = [&] { return std::string(cat.type_name) + "." + std::string(m.name) + "()"; };
  const size_t n = args.size(), max = m.nparams, min = required_count(m);
  Object argv[kMaxParams];
  switch (m.style) {
    case ArgStyle::Varargs:
      return m.impl(self, argv, args, kw);
    case ArgStyle::Keywords:
      bind_keywords(m, args, kw, argv);
      break;
    case ArgStyle::NoArgs:
      if (kw.size()) raise(&exc::TypeError, dotted() + " takes no keyword arguments");
      if (n)
        raise(&exc::TypeError, dotted() + " takes no arguments (" + std::to_string(n) + " given)");
      break;
    case ArgStyle::OneArg:
      if (kw.size()) raise(&exc::TypeError, dotted() + " takes no keyword arguments");
      if (n != 1)
        raise(&exc::TypeError,
              dotted() + " takes exactly one argument (" + std::to_string(n) + " given)");
      break;
    case ArgStyle::Positional: {  // _PyArg_CheckPositional
      if (kw.size()) raise(&exc::TypeError, dotted() + " takes no keyword arguments");
      if (n < min) {
        raise(&exc::TypeError, std::string(m.name) + " expected " +
                                   (min == max ? "" : "at least ") + plural(min, "argument") +
                                   ", got " + std::to_string(n));
      }
      if (n > max) {
        raise(&exc::TypeError, std::string(m.name) + " expected " + (min == max ? "" : "at most ") +
                                   plural(max, "argument") + ", got " + std::to_string(n));
      }
      break;
    }
    case ArgStyle::ParseTuple: {
      // A direct call names the type; through a bound-method object CPython says "find()"
      // alone, which aiocc (one BoundMethod for both) does not tell apart.
      auto fname = [&] { return std::string(m.name) + "()"; };
      if (kw.size()) raise(&exc::TypeError, dotted() + " takes no keyword arguments");
      if (n < min || n > max) {
        const char* how = min == max ? "exactly " : n < min ? "at least " : "at most ";
        raise(&exc::TypeError, fname() + " takes " + how + plural(n < min ? min : max, "argument") +
                                   " (" + std::to_string(n) + " given)");
      }
      break;
    }
  }
  if (m.style != ArgStyle::Keywords) {
    for (size_t i = 0; i < n; ++i) argv[i] = args[i];
  }
  for (size_t i = 0; i < max; ++i) {
    if (argv[i].is_unbound()) argv[i] = default_of(m.params[i]);
  }
  return m.impl(self, argv, args, kw);
}

}  // namespace aiocc
