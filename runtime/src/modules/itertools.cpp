// The itertools module (aiocc/py/itertools.h): each of CPython 3.11's iterator types, lazy as
// Modules/itertoolsmodule.c is (what it takes at construction, what it takes per item, when
// it stops for good), with its argument checks and error texts.
#include "aiocc/py/itertools.h"

#include <algorithm>
#include <memory>

#include "aiocc/py/complex.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/types.h"
#include "internal.h"
#include "method_catalog.h"

namespace aiocc::itertools {
namespace {

// ---- arguments ------------------------------------------------------------------------------
// The constructors' signatures, as CPython declares them, for the catalog binder's checks.
Object no_impl(const Object&, const Object*, Args, Kwargs) { return None; }
constexpr MethodDef kDefs[] = {
    {"accumulate", no_impl, ArgStyle::Keywords, {Param{"iterable"}, Param{"func", Param::None}, Param{"initial", Param::None}}, 3, 2},
    {"combinations", no_impl, ArgStyle::Keywords, {Param{"iterable"}, Param{"r", Param::Required, 0, Param::Index}}, 2},
    {"combinations_with_replacement", no_impl, ArgStyle::Keywords, {Param{"iterable"}, Param{"r", Param::Required, 0, Param::Index}}, 2},
    {"compress", no_impl, ArgStyle::Keywords, {Param{"data"}, Param{"selectors"}}, 2},
    {"count", no_impl, ArgStyle::Keywords, {Param{"start", Param::Int, 0}, Param{"step", Param::Int, 1}}, 2},
    {"cycle", no_impl, ArgStyle::Positional, {Param{"iterable"}}, 1},
    {"dropwhile", no_impl, ArgStyle::Positional, {Param{"predicate"}, Param{"iterable"}}, 2},
    {"filterfalse", no_impl, ArgStyle::Positional, {Param{"function"}, Param{"seq"}}, 2},
    {"groupby", no_impl, ArgStyle::Keywords, {Param{"iterable"}, Param{"key", Param::None}}, 2},
    {"pairwise", no_impl, ArgStyle::Positional, {Param{"iterable"}}, 1},
    {"permutations", no_impl, ArgStyle::Keywords, {Param{"iterable"}, Param{"r", Param::None}}, 2},
    {"repeat", no_impl, ArgStyle::Keywords, {Param{"object"}, Param{"times", Param::Absent}}, 2},
    {"starmap", no_impl, ArgStyle::Positional, {Param{"function"}, Param{"iterable"}}, 2},
    {"takewhile", no_impl, ArgStyle::Positional, {Param{"predicate"}, Param{"iterable"}}, 2},
    {"tee", no_impl, ArgStyle::Positional, {Param{"iterable"}, Param{"n", Param::Int, 2}}, 2},
};
static_assert(sorted_by_name(kDefs));
// The arguments bound (defaults filled in) by the catalog's checks: Argument Clinic's texts.
struct Bound {
  Object v[kMaxParams];
  size_t n = 0;  // the method's parameters: argv holds that many
};
Bound* g_bound = nullptr;  // where capture() puts them
Object capture(const Object&, const Object* argv, Args, Kwargs) {
  for (size_t i = 0; i < g_bound->n; ++i) g_bound->v[i] = argv[i];
  return None;
}
Bound bind(const MethodDef& d, Args args, Kwargs kw) {
  static constexpr MethodCatalog cat{"itertools", kDefs};
  Bound b;
  b.n = d.nparams;
  MethodDef with_capture = d;
  with_capture.impl = capture;
  g_bound = &b;
  call_catalog_method(cat, with_capture, None, args, kw);
  return b;
}
#define BIND(name) bind(def_named(kDefs, #name), args, kw)

// A non-negative Py_ssize_t argument (r, n, times).
int64_t ssize_arg(const Object& o) {
  Object i = number_index(o);
  int64_t v;
  if (!aiocc::detail::small(i, v)) raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}

bool is_number(const Object& o) {
  if (o.is_float() || is_int(o) || type_of(o) == &types::complex) return true;
  return has_special(o, Slot::float_) || has_special(o, Slot::index) || has_special(o, Slot::int_);
}

Object lazy(TypeObject* t, std::function<bool(Object&)> step) { return lazy_iterator(t, std::move(step)); }

// ---- infinite iterators ---------------------------------------------------------------------
Object make_count(TypeObject* t, Args args, Kwargs kw) {
  Bound b = BIND(count);
  if (!is_number(b.v[0]) || !is_number(b.v[1])) raise(&exc::TypeError, "a number is required");
  auto cnt = std::make_shared<Object>(b.v[0]);
  Object step = b.v[1];
  return lazy_iterator(
      t,
      [cnt, step](Object& out) {
        out = *cnt;
        *cnt = add(*cnt, step);
        return true;
      },
      [cnt, step] {
        const bool unit = step.is_small_int() && step.as_int() == 1 && !step.is_bool();
        return "count(" + repr(*cnt) + (unit ? "" : ", " + repr(step)) + ")";
      });
}

Object make_cycle(TypeObject* t, Args args, Kwargs kw) {
  Bound b = BIND(cycle);
  struct State {
    std::unique_ptr<Iter> it;
    std::vector<Object> saved;
    size_t index = 0;
    bool first_pass = true;
  };
  auto st = std::make_shared<State>();
  st->it = std::make_unique<Iter>(b.v[0]);
  return lazy(t, [st](Object& out) {
    if (st->first_pass) {
      if (st->it->next(out)) {
        st->saved.push_back(out);
        return true;
      }
      st->first_pass = false;
      st->it.reset();
    }
    if (st->saved.empty()) return false;
    out = st->saved[st->index];
    st->index = (st->index + 1) % st->saved.size();
    return true;
  });
}

Object make_repeat(TypeObject* t, Args args, Kwargs kw) {
  Bound b = BIND(repeat);
  Object value = b.v[0];
  auto left = std::make_shared<int64_t>(-1);  // -1: forever
  if (!b.v[1].is_unbound()) *left = std::max<int64_t>(0, ssize_arg(b.v[1]));
  return lazy_iterator(
      t,
      [value, left](Object& out) {
        if (*left == 0) return false;
        if (*left > 0) --*left;
        out = value;
        return true;
      },
      [value, left] { return "repeat(" + repr(value) + (*left >= 0 ? ", " + std::to_string(*left) : "") + ")"; },
      {{"__length_hint__", [left] {
          if (*left < 0) raise(&exc::TypeError, "len() of unsized object");
          return py_int(*left);
        }}});
}

// ---- iterators that end with their input ----------------------------------------------------
Object make_accumulate(TypeObject* t, Args args, Kwargs kw) {
  Bound b = BIND(accumulate);
  auto it = std::make_shared<Iter>(b.v[0]);
  Object func = b.v[1];
  auto total = std::make_shared<Object>(b.v[2].is_none() ? Object() : b.v[2]);
  auto initial_pending = std::make_shared<bool>(!b.v[2].is_none());
  return lazy(t, [it, func, total, initial_pending](Object& out) {
    if (*initial_pending) {
      *initial_pending = false;
      out = *total;
      return true;
    }
    Object v;
    if (!it->next(v)) return false;
    *total = total->is_unbound() ? v : func.is_none() ? add(*total, v) : call(func, {*total, v});
    out = *total;
    return true;
  });
}

struct ChainType final : TypeObject {
  using TypeObject::TypeObject;
  Object getattr(const Object& self, std::string_view attr) override;
};

Object chain_of(TypeObject* t, std::shared_ptr<Iter> sources) {
  auto active = std::make_shared<std::unique_ptr<Iter>>();
  return lazy(t, [sources, active](Object& out) {
    for (;;) {
      if (*active && (*active)->next(out)) return true;
      Object src;
      if (!sources->next(src)) return false;
      *active = std::make_unique<Iter>(src);
    }
  });
}

Object make_chain(TypeObject* t, Args args, Kwargs kw) {
  if (kw.size()) raise(&exc::TypeError, "chain() takes no keyword arguments");
  std::vector<Object> sources;
  for (size_t i = 0; i < args.size(); ++i) sources.push_back(args[i]);
  return chain_of(t, std::make_shared<Iter>(py_tuple(std::move(sources))));
}

Object make_compress(TypeObject* t, Args args, Kwargs kw) {
  Bound b = BIND(compress);
  auto data = std::make_shared<Iter>(b.v[0]);
  auto selectors = std::make_shared<Iter>(b.v[1]);
  return lazy(t, [data, selectors](Object& out) {
    for (Object s;;) {
      if (!data->next(out) || !selectors->next(s)) return false;
      if (truthy(s)) return true;
    }
  });
}

Object make_dropwhile(TypeObject* t, Args args, Kwargs kw) {
  Bound b = BIND(dropwhile);
  Object pred = b.v[0];
  auto it = std::make_shared<Iter>(b.v[1]);
  auto dropping = std::make_shared<bool>(true);
  return lazy(t, [pred, it, dropping](Object& out) {
    while (it->next(out)) {
      if (!*dropping) return true;
      if (!truthy(call(pred, {out}))) {
        *dropping = false;
        return true;
      }
    }
    return false;
  });
}

Object make_takewhile(TypeObject* t, Args args, Kwargs kw) {
  Bound b = BIND(takewhile);
  Object pred = b.v[0];
  auto it = std::make_shared<Iter>(b.v[1]);
  return lazy(t, [pred, it](Object& out) { return it->next(out) && truthy(call(pred, {out})); });
}

Object make_filterfalse(TypeObject* t, Args args, Kwargs kw) {
  Bound b = BIND(filterfalse);
  Object pred = b.v[0];
  auto it = std::make_shared<Iter>(b.v[1]);
  return lazy(t, [pred, it](Object& out) {
    while (it->next(out)) {
      if (!truthy(pred.is_none() ? out : call(pred, {out}))) return true;
    }
    return false;
  });
}

Object make_starmap(TypeObject* t, Args args, Kwargs kw) {
  Bound b = BIND(starmap);
  Object func = b.v[0];
  auto it = std::make_shared<Iter>(b.v[1]);
  return lazy(t, [func, it](Object& out) {
    Object item;
    if (!it->next(item)) return false;
    std::vector<Object> a = as_tuple(item) ? as_tuple(item)->items : to_vector(item);
    out = call(func, Args(a.data(), a.size()));
    return true;
  });
}

Object make_pairwise(TypeObject* t, Args args, Kwargs kw) {
  Bound b = BIND(pairwise);
  auto it = std::make_shared<Iter>(b.v[0]);
  auto old = std::make_shared<Object>();
  return lazy(t, [it, old](Object& out) {
    if (old->is_unbound() && !it->next(*old)) return false;
    Object v;
    if (!it->next(v)) return false;
    out = py_tuple({*old, v});
    *old = v;
    return true;
  });
}

// islice(iterable, stop) or islice(iterable, start, stop[, step]): indices None or 0 <= i.
Object make_islice(TypeObject* t, Args args, Kwargs kw) {
  if (kw.size()) raise(&exc::TypeError, "islice() takes no keyword arguments");
  if (args.size() < 2 || args.size() > 4) {
    raise(&exc::TypeError, std::string("islice expected ") + (args.size() < 2 ? "at least 2 arguments" : "at most 4 arguments") +
                               ", got " + std::to_string(args.size()));
  }
  // PyNumber_AsSsize_t: an int (or __index__) that fits, else a failure (-1 with an error).
  auto convert = [](const Object& o, int64_t& v) {
    if (!is_int(o) && !has_special(o, Slot::index)) return false;
    return aiocc::detail::small(number_index(o), v);
  };
  const char* const kStop = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  int64_t start = 0, stop = -1, step = 1;
  const Object& stop_arg = args.size() == 2 ? args[1] : args[2];
  if (args.size() > 2 && !args[1].is_none() && !convert(args[1], start)) start = -1;
  if (!stop_arg.is_none() && (!convert(stop_arg, stop) || stop == -1)) raise(&exc::ValueError, kStop);
  if (start < 0 || stop < -1) {
    raise(&exc::ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (args.size() == 4 && !args[3].is_none() && !convert(args[3], step)) step = -1;
  if (step < 1) raise(&exc::ValueError, "Step for islice() must be a positive integer or None.");
  struct State {
    std::unique_ptr<Iter> it;
    int64_t next, stop, step, cnt = 0;
  };
  auto st = std::make_shared<State>();
  st->it = std::make_unique<Iter>(args[0]);
  st->next = start;
  st->stop = stop;
  st->step = step;
  return lazy(t, [st](Object& out) {
    if (!st->it) return false;
    auto empty = [&] {
      st->it.reset();
      return false;
    };
    while (st->cnt < st->next) {
      if (!st->it->next(out)) return empty();
      ++st->cnt;
    }
    if (st->stop != -1 && st->cnt >= st->stop) return empty();
    if (!st->it->next(out)) return empty();
    ++st->cnt;
    const int64_t old = st->next;
    st->next += st->step;
    if (st->next < old || (st->stop != -1 && st->next > st->stop)) st->next = st->stop;
    return true;
  });
}

// zip_longest(*iterables, fillvalue=None)
Object make_zip_longest(TypeObject* t, Args args, Kwargs kw) {
  Object fill = None;
  for (const auto& [key, value] : kw) {
    if (key != "fillvalue") raise(&exc::TypeError, "zip_longest() got an unexpected keyword argument");
    fill = value;
  }
  struct State {
    std::vector<std::unique_ptr<Iter>> its;
    size_t active;
  };
  auto st = std::make_shared<State>();
  for (size_t i = 0; i < args.size(); ++i) st->its.push_back(std::make_unique<Iter>(args[i]));
  st->active = st->its.size();
  return lazy(t, [st, fill](Object& out) {
    if (st->its.empty() || st->active == 0) return false;
    std::vector<Object> items;
    for (auto& it : st->its) {
      Object v;
      if (it && it->next(v)) {
        items.push_back(v);
        continue;
      }
      if (it) {
        it.reset();
        if (--st->active == 0) return false;
      }
      items.push_back(fill);
    }
    out = py_tuple(std::move(items));
    return true;
  });
}

// ---- groupby --------------------------------------------------------------------------------
TypeObject grouper_type("_grouper", &types::object, nullptr, "itertools");

Object make_groupby(TypeObject* t, Args args, Kwargs kw) {
  Bound b = BIND(groupby);
  struct State {
    Iter it;
    Object key, tgtkey, currkey, currvalue;
    uint64_t current = 0;  // the grouper that may still yield
    explicit State(const Object& src) : it(src) {}
    bool step() {  // the next value and its key
      Object v;
      if (!it.next(v)) return false;
      currkey = key.is_none() ? v : call(key, {v});
      currvalue = v;
      return true;
    }
  };
  auto st = std::make_shared<State>(b.v[0]);
  st->key = b.v[1];
  return lazy(t, [st](Object& out) {
    ++st->current;  // the previous grouper is done
    for (;;) {
      if (st->currkey.is_unbound()) {
        // nothing read yet
      } else if (st->tgtkey.is_unbound() || !eq(st->tgtkey, st->currkey)) {
        break;
      }
      if (!st->step()) return false;
    }
    st->tgtkey = st->currkey;
    const uint64_t id = st->current;
    const Object tgt = st->tgtkey;
    Object grouper = lazy_iterator(&grouper_type, [st, id, tgt](Object& item) {
      if (st->current != id) return false;
      if (st->currvalue.is_unbound() && !st->step()) return false;
      if (!eq(tgt, st->currkey)) return false;
      item = st->currvalue;
      st->currvalue = Object();
      return true;
    });
    out = py_tuple({st->currkey, grouper});
    return true;
  });
}

// ---- tee ------------------------------------------------------------------------------------
TypeObject tee_type("_tee", &types::object, nullptr, "itertools");

// The values read from the source once, shared by every tee iterator at its own position.
struct TeeData {
  Iter it;
  std::vector<Object> values;
  bool done = false;
  explicit TeeData(const Object& src) : it(src) {}
};
Object tee_iterator(std::shared_ptr<TeeData> data, size_t start) {
  auto pos = std::make_shared<size_t>(start);
  return lazy_iterator(
      &tee_type,
      [data, pos](Object& out) {
        if (*pos < data->values.size()) {
          out = data->values[(*pos)++];
          return true;
        }
        if (data->done || !data->it.next(out)) {
          data->done = true;
          return false;
        }
        data->values.push_back(out);
        ++*pos;
        return true;
      },
      nullptr, {{"__copy__", [data, pos] { return tee_iterator(data, *pos); }}});
}

// tee(iterable, n=2): the iterator itself when it can be copied (__copy__, as tee objects
// can), else a tee object over it; then n - 1 copies of that.
Object tee_impl(Args args, Kwargs kw) {
  if (kw.size()) raise(&exc::TypeError, "itertools.tee() takes no keyword arguments");
  Bound b = BIND(tee);
  const int64_t n = ssize_arg(b.v[1]);
  if (n < 0) raise(&exc::ValueError, "n must be >= 0");
  if (n == 0) return py_tuple({});
  Object it = make_iterator(b.v[0]);
  Object first = has_attribute(it, "__copy__") ? it : tee_iterator(std::make_shared<TeeData>(it), 0);
  std::vector<Object> out{first};
  for (int64_t i = 1; i < n; ++i) out.push_back(call_method(first, "__copy__", {}));
  return py_tuple(std::move(out));
}

// ---- combinatorics --------------------------------------------------------------------------
Object make_product(TypeObject* t, Args args, Kwargs kw) {
  int64_t repeat = 1;
  for (const auto& [key, value] : kw) {
    if (key != "repeat") raise(&exc::TypeError, "'" + std::string(key) + "' is an invalid keyword argument for product()");
    repeat = ssize_arg(value);
  }
  if (repeat < 0) raise(&exc::ValueError, "repeat argument cannot be negative");
  std::vector<std::vector<Object>> pools;
  for (size_t i = 0; i < args.size(); ++i) pools.push_back(to_vector(args[i]));
  std::vector<std::vector<Object>> all;
  for (int64_t r = 0; r < repeat; ++r) all.insert(all.end(), pools.begin(), pools.end());
  struct State {
    std::vector<std::vector<Object>> pools;
    std::vector<size_t> idx;
    bool started = false, done = false;
  };
  auto st = std::make_shared<State>();
  st->pools = std::move(all);
  st->idx.assign(st->pools.size(), 0);
  for (const auto& p : st->pools) st->done |= p.empty();
  return lazy(t, [st](Object& out) {
    if (st->done) return false;
    if (st->started) {  // the rightmost index that can advance, the ones after it reset
      size_t i = st->pools.size();
      for (; i-- > 0;) {
        if (++st->idx[i] < st->pools[i].size()) break;
        st->idx[i] = 0;
      }
      if (i == static_cast<size_t>(-1)) {
        st->done = true;
        return false;
      }
    }
    st->started = true;
    std::vector<Object> items;
    for (size_t i = 0; i < st->pools.size(); ++i) items.push_back(st->pools[i][st->idx[i]]);
    out = py_tuple(std::move(items));
    return true;
  });
}

// combinations / combinations_with_replacement / permutations: index vectors over the pool,
// in lexicographic order, as the recipes in the itertools documentation.
Object combinatoric(TypeObject* t, std::vector<Object> pool, int64_t r, int kind) {
  enum { Comb, CombRepl, Perm };
  struct State {
    std::vector<Object> pool;
    std::vector<size_t> idx, cycles;
    int64_t r;
    int kind;
    bool started = false, done = false;
  };
  auto st = std::make_shared<State>();
  const size_t n = pool.size();
  st->pool = std::move(pool);
  st->r = r;
  st->kind = kind;
  if (kind == Comb || kind == Perm) st->done = static_cast<size_t>(r) > n;
  if (kind == CombRepl) st->done = n == 0 && r > 0;
  if (kind == Perm) {
    for (size_t i = 0; i < n; ++i) st->idx.push_back(i);
    for (int64_t i = 0; i < r; ++i) st->cycles.push_back(n - i);
  } else {
    st->idx.assign(static_cast<size_t>(r), 0);
    if (kind == Comb) {
      for (int64_t i = 0; i < r; ++i) st->idx[i] = i;
    }
  }
  return lazy(t, [st](Object& out) {
    if (st->done) return false;
    const size_t n = st->pool.size(), r = static_cast<size_t>(st->r);
    if (st->started) {
      bool advanced = false;
      if (st->kind == Comb) {
        for (size_t i = r; i-- > 0;) {
          if (st->idx[i] != i + n - r) {
            ++st->idx[i];
            for (size_t j = i + 1; j < r; ++j) st->idx[j] = st->idx[j - 1] + 1;
            advanced = true;
            break;
          }
        }
      } else if (st->kind == CombRepl) {
        for (size_t i = r; i-- > 0;) {
          if (st->idx[i] != n - 1) {
            const size_t v = st->idx[i] + 1;
            for (size_t j = i; j < r; ++j) st->idx[j] = v;
            advanced = true;
            break;
          }
        }
      } else {
        for (size_t i = r; i-- > 0;) {
          if (--st->cycles[i] == 0) {  // rotate idx[i:] left by one
            std::rotate(st->idx.begin() + i, st->idx.begin() + i + 1, st->idx.end());
            st->cycles[i] = n - i;
          } else {
            std::swap(st->idx[i], st->idx[n - st->cycles[i]]);
            advanced = true;
            break;
          }
        }
      }
      if (!advanced) {
        st->done = true;
        return false;
      }
    }
    st->started = true;
    std::vector<Object> items;
    for (size_t i = 0; i < r; ++i) items.push_back(st->pool[st->idx[i]]);
    out = py_tuple(std::move(items));
    return true;
  });
}

// combinations(iterable, r) and combinations_with_replacement(iterable, r).
Object combinations_of(TypeObject* t, const Bound& b, int kind) {
  std::vector<Object> pool = to_vector(b.v[0]);
  const int64_t r = ssize_arg(b.v[1]);
  if (r < 0) raise(&exc::ValueError, "r must be non-negative");
  return combinatoric(t, std::move(pool), r, kind);
}
Object make_combinations(TypeObject* t, Args args, Kwargs kw) { return combinations_of(t, BIND(combinations), 0); }
Object make_combinations_with_replacement(TypeObject* t, Args args, Kwargs kw) {
  return combinations_of(t, BIND(combinations_with_replacement), 1);
}

Object make_permutations(TypeObject* t, Args args, Kwargs kw) {
  Bound b = BIND(permutations);
  std::vector<Object> pool = to_vector(b.v[0]);
  if (!b.v[1].is_none() && !is_int(b.v[1])) raise(&exc::TypeError, "Expected int as r");
  const int64_t r = b.v[1].is_none() ? static_cast<int64_t>(pool.size()) : ssize_arg(b.v[1]);
  if (r < 0) raise(&exc::ValueError, "r must be non-negative");
  return combinatoric(t, std::move(pool), r, 2);
}

}  // namespace

#define AIOCC_ITERTOOLS_TYPE(name) TypeObject name##_type(#name, &types::object, make_##name, "itertools");
AIOCC_ITERTOOLS_TYPES(AIOCC_ITERTOOLS_TYPE)
#undef AIOCC_ITERTOOLS_TYPE
ChainType chain_type_object("chain", &types::object, make_chain, "itertools");
TypeObject& chain_type = chain_type_object;

namespace {
Object from_iterable(Args args, Kwargs kw) {
  if (kw.size()) raise(&exc::TypeError, "chain.from_iterable() takes no keyword arguments");
  if (args.size() != 1) {
    raise(&exc::TypeError, "chain.from_iterable() takes exactly one argument (" + std::to_string(args.size()) + " given)");
  }
  return chain_of(&chain_type, std::make_shared<Iter>(args[0]));
}
BuiltinFunction from_iterable_fn("from_iterable", from_iterable);
}  // namespace

Object ChainType::getattr(const Object& self, std::string_view attr) {
  if (attr == "from_iterable") return Object(&from_iterable_fn);
  return TypeObject::getattr(self, attr);
}

Object tee(Args args, Kwargs kw) { return tee_impl(args, kw); }
BuiltinFunction tee_fn("tee", tee);

}  // namespace aiocc::itertools
