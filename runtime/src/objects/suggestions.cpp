// "Did you mean" (CPython 3.11's Python/suggestions.c, as print_exception adds it to an
// uncaught NameError or AttributeError): the closest name by a Levenshtein distance where a
// case change costs 1 and any other edit 2, among the frame's locals, then the module's
// globals, then the builtins (NameError), or dir() of the object (AttributeError).
// The names CPython itself knows (builtins, __main__'s globals, dir() of the built-in types)
// are asked of the python3 found at build time (scripts/gen_cpython_names.py).
#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
#include "cpython_names.h"
#include "internal.h"

namespace aiocc {
namespace {

constexpr size_t kMaxCandidates = 750, kMaxStringSize = 40;
constexpr size_t kMoveCost = 2, kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; };
  return lower(a) == lower(b) ? kCaseCost : kMoveCost;
}

// The edit distance of the UTF-8 strings, or max_cost + 1 once it is known to exceed it.
size_t distance(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  // One row of the matrix, updated in place: row[i] = cost(b[:j], a[:i+1]).
  size_t row[kMaxStringSize];
  for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t j = 0; j < b.size(); ++j) {
    size_t diagonal = j * kMoveCost;
    result = diagonal;
    size_t minimum = std::numeric_limits<size_t>::max();
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = diagonal + substitution_cost(b[j], a[i]);
      diagonal = row[i];
      result = std::min(std::min(result, diagonal) + kMoveCost, substitute);
      row[i] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// calculate_suggestions: the first closest candidate within a third of the characters.
std::string closest(const std::vector<std::string>& candidates, const std::string& name) {
  if (candidates.size() >= kMaxCandidates) return "";
  std::string best;
  size_t best_distance = std::numeric_limits<size_t>::max();
  for (const std::string& item : candidates) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best_distance != std::numeric_limits<size_t>::max()) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = distance(name, item, max_distance);
    if (d > max_distance) continue;
    if (best.empty() || d < best_distance) {
      best = item;
      best_distance = d;
    }
  }
  return best;
}

std::string attribute_suggestion(ExceptionObject* eo) {
  DictObject* attrs = as_dict(eo->attrs);
  const Object* name = attrs ? attrs->find(py_str("name")) : nullptr;
  const Object* obj = attrs ? attrs->find(py_str("obj")) : nullptr;
  if (!name || !obj || !is_str(*name) || type_of(*name) != &types::str) return "";
  std::vector<std::string> names;
  dir_names(*obj, names);
  return closest(names, str_value(*name));
}

// The innermost frame's locals, then its module's globals (what is bound now), then builtins.
std::string name_suggestion(ExceptionObject* eo) {
  DictObject* attrs = as_dict(eo->attrs);
  const Object* name = attrs ? attrs->find(py_str("name")) : nullptr;
  if (!name || !is_str(*name) || type_of(*name) != &types::str || eo->tb.empty()) return "";
  const std::string n = str_value(*name);
  const CodeInfo* code = eo->tb.front().code;
  std::vector<std::string> candidates(code->varnames, code->varnames + code->nvarnames);
  if (std::string s = closest(candidates, n); !s.empty()) return s;
  candidates.clear();
  if (const ModuleInfo* m = code->module) {
    candidates.assign(std::begin(cpython_names::kMainGlobals), std::end(cpython_names::kMainGlobals));
    for (int i = 0; i < m->nglobals; ++i) {
      const GlobalSlot& g = m->globals[i];
      if (g.value && g.value->is_unbound()) continue;
      if (std::find(candidates.begin(), candidates.end(), g.name) == candidates.end()) candidates.push_back(g.name);
    }
  }
  if (std::string s = closest(candidates, n); !s.empty()) return s;
  candidates.assign(std::begin(cpython_names::kBuiltins), std::end(cpython_names::kBuiltins));
  return closest(candidates, n);
}

}  // namespace

std::string offer_suggestion(const Object& e) {
  auto* eo = e.as<ExceptionObject>();
  std::string s;
  if (eo->cls == &exc::AttributeError) s = attribute_suggestion(eo);
  if (eo->cls == &exc::NameError) s = name_suggestion(eo);
  return s.empty() ? "" : ". Did you mean: " + str_repr(s) + "?";
}

}  // namespace aiocc
