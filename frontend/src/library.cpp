// aiocc's library modules written in Python (runtime/lib): their sources, embedded at build
// time (scripts/embed_library.py), and where CPython keeps the same modules.
#include <string>

#include "aiocc/frontend/program.h"
#include "library_sources.h"

#ifndef AIOCC_CPYTHON_STDLIB_DIR
#define AIOCC_CPYTHON_STDLIB_DIR "/usr/lib/python3.11"
#endif

namespace aiocc {

namespace {
const library::Source* find_source(const std::string& name) {
  for (const auto& s : library::kSources) {
    if (name == s.name) return &s;
  }
  return nullptr;
}
}  // namespace

const char* library_source(const std::string& name) {
  const library::Source* s = find_source(name);
  return s ? s->text : nullptr;
}

bool is_library_package(const std::string& name) {
  const library::Source* s = find_source(name);
  return s && s->package;
}

std::string library_alias(const std::string& dotted) { return dotted == "os.path" ? "posixpath" : ""; }

std::vector<std::string> implied_library_imports(const std::string& name) {
  if (name == "typing") return {"collections.abc", "contextlib", "re"};
  return {};
}

std::string library_path(const std::string& name) {
  // collections.abc is CPython's _collections_abc, imported under the other name.
  if (name == "collections.abc") return std::string(AIOCC_CPYTHON_STDLIB_DIR) + "/_collections_abc.py";
  // _aiocc_asyncio_NAME holds what asyncio/NAME.py defines (asyncio itself is the runtime's).
  if (name.starts_with("_aiocc_asyncio_")) {
    return std::string(AIOCC_CPYTHON_STDLIB_DIR) + "/asyncio/" + name.substr(15) + ".py";
  }
  std::string file = name;
  for (char& c : file) {
    if (c == '.') c = '/';
  }
  return std::string(AIOCC_CPYTHON_STDLIB_DIR) + "/" + file + (is_library_package(name) ? "/__init__.py" : ".py");
}

std::string library_namespace(const std::string& name) {
  std::string ns = "m_";
  for (char c : name) ns += c == '.' ? std::string("__") : std::string(1, c);
  return "aiocc::lib::" + ns;
}

bool is_private_module(const std::string& name) { return name == "_aiocc"; }

}  // namespace aiocc
