// Turning generated C++ into a native program: locating the runtime (build tree or install
// tree), invoking the backend compiler, and caching binaries by content hash.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace aiocc::driver {

struct Runtime {
  std::string include_dir;
  std::string library;            // libaiocc_rt.a
  std::string optimization = "-O2";  // how programs are compiled: -O0 to -O3 (aiocc build -O)
};

// Finds the runtime next to the running aiocc executable, or via $AIOCC_RUNTIME_DIR.
std::optional<Runtime> find_runtime(std::string& error);

// Compiles `cpp` into an executable at `out`. On failure returns false and fills `log`.
bool compile_program(const Runtime& rt, const std::string& cpp, const std::string& out,
                     std::string& log);

// Compiles a program's units (emit_units) into an executable at `out`: each unit of several
// to an object kept in the cache by its content, so that only the units that changed are
// compiled again (in parallel), then one link.
bool compile_units(const Runtime& rt, const std::vector<std::string>& units, const std::string& out,
                   std::string& log);
// Returns the cached executable for a program's units, compiling it on a miss.
std::optional<std::string> cached_program(const Runtime& rt, const std::vector<std::string>& units,
                                          std::string& log);

}  // namespace aiocc::driver
