// The intern table of Names, and the special-method names Slots stand for.
#include "aiocc/py/name.h"

#include <deque>
#include <functional>
#include <unordered_map>

#include "aiocc/py/str.h"

namespace aiocc {
namespace {

const char* const kSlotNames[kSlotCount] = {
    "__add__", "__radd__", "__iadd__", "__sub__", "__rsub__", "__isub__", "__mul__", "__rmul__",
    "__imul__", "__truediv__", "__rtruediv__", "__itruediv__", "__floordiv__", "__rfloordiv__",
    "__ifloordiv__", "__mod__", "__rmod__", "__imod__", "__pow__", "__rpow__", "__ipow__",
    "__lshift__", "__rlshift__", "__ilshift__", "__rshift__", "__rrshift__", "__irshift__",
    "__and__", "__rand__", "__iand__", "__or__", "__ror__", "__ior__", "__xor__", "__rxor__",
    "__ixor__", "__matmul__", "__rmatmul__", "__imatmul__", "__divmod__", "__rdivmod__",
    "__idivmod__",
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
    "__neg__", "__pos__", "__invert__", "__abs__",
    "__hash__", "__bool__", "__len__", "__getitem__", "__setitem__", "__delitem__",
    "__contains__", "__iter__", "__next__", "__call__", "__repr__", "__str__", "__format__",
    "__index__", "__int__", "__float__", "__getattr__", "__getattribute__", "__setattr__",
    "__delattr__", "__init__", "__get__", "__set__", "__delete__", "__set_name__", "__missing__",
    "__reversed__", "__del__"};

struct Table {
  std::deque<Name> names;
  std::unordered_map<std::string_view, Name*> index;
  Table() {
    for (int i = 0; i < kSlotCount; ++i) add(kSlotNames[i], i);
  }
  Name& add(std::string_view text, int slot) {
    Name& n = names.emplace_back();
    n.text = std::string(text);
    n.hash = std::hash<std::string>{}(n.text);
    n.str = py_str(n.text);
    n.slot = slot;
    index.emplace(n.text, &n);
    return n;
  }
};

Table& table() {
  static Table* t = new Table();  // never destroyed: names outlive every object
  return *t;
}

}  // namespace

const Name& intern(std::string_view text) {
  Table& t = table();
  auto it = t.index.find(text);
  if (it != t.index.end()) return *it->second;
  return t.add(text, -1);
}

const Name& slot_name(Slot s) { return intern(kSlotNames[static_cast<int>(s)]); }

}  // namespace aiocc
