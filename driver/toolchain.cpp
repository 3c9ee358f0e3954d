#include "toolchain.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <atomic>
#include <sstream>
#include <thread>
#include <vector>

#ifndef AIOCC_BACKEND_CXX
#define AIOCC_BACKEND_CXX "clang++-19"
#endif
#ifndef AIOCC_BACKEND_LD
#define AIOCC_BACKEND_LD ""
#endif
#ifndef AIOCC_BUILD_RUNTIME_INCLUDE
#define AIOCC_BUILD_RUNTIME_INCLUDE ""
#endif
#ifndef AIOCC_VERSION
#define AIOCC_VERSION "0"
#endif

namespace fs = std::filesystem;

namespace aiocc::driver {
namespace {


std::string self_dir() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string(".") : p.parent_path().string();
}

uint64_t fnv1a(const std::string& s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

constexpr rlim_t kCompilerStack = rlim_t{1} << 30;

// Runs argv, capturing stdout+stderr into `log`. Returns the exit status.
int run_capture(const std::vector<std::string>& argv, std::string& log) {
  int pipefd[2];
  if (pipe(pipefd) != 0) return -1;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(pipefd[1], 1);
    dup2(pipefd[1], 2);
    close(pipefd[0]);
    close(pipefd[1]);
    // Python nests expressions up to 3000 deep (limits.h), and clang's parser recurses on
    // the calls they become: give it the stack for that (the default 8 MiB lasts ~700).
    struct rlimit stack;
    if (getrlimit(RLIMIT_STACK, &stack) == 0 && stack.rlim_cur != RLIM_INFINITY &&
        stack.rlim_cur < kCompilerStack) {
      stack.rlim_cur = stack.rlim_max == RLIM_INFINITY ? kCompilerStack : std::min<rlim_t>(kCompilerStack, stack.rlim_max);
      setrlimit(RLIMIT_STACK, &stack);
    }
    std::vector<char*> args;
    for (auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  close(pipefd[1]);
  char buf[4096];
  ssize_t n;
  while ((n = read(pipefd[0], buf, sizeof buf)) > 0) log.append(buf, static_cast<size_t>(n));
  close(pipefd[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

std::optional<Runtime> find_runtime(std::string& error) {
  std::vector<std::pair<fs::path, fs::path>> candidates;  // (include, library)
  if (const char* env = std::getenv("AIOCC_RUNTIME_DIR")) {
    candidates.emplace_back(fs::path(env) / "include", fs::path(env) / "lib" / "libaiocc_rt.a");
  }
  fs::path here = self_dir();
  // Build tree: build/aiocc with build/lib/libaiocc_rt.a and the headers in the source tree.
  candidates.emplace_back(AIOCC_BUILD_RUNTIME_INCLUDE, here / "lib" / "libaiocc_rt.a");
  // Install tree: prefix/bin/aiocc, prefix/include/aiocc, prefix/lib/aiocc/libaiocc_rt.a.
  candidates.emplace_back(here.parent_path() / "include", here.parent_path() / "lib" / "aiocc" / "libaiocc_rt.a");
  for (auto& [inc, lib] : candidates) {
    std::error_code ec;
    if (!inc.empty() && fs::exists(inc / "aiocc" / "aiocc.h", ec) && fs::exists(lib, ec)) {
      return Runtime{inc.string(), lib.string()};
    }
  }
  error = "cannot find the aiocc runtime (libaiocc_rt.a and its headers); set AIOCC_RUNTIME_DIR";
  return std::nullopt;
}

[[noreturn]] void io_error(const std::string& msg) {
  std::fprintf(stderr, "aiocc: error: %s\n", msg.c_str());
  std::exit(2);
}

namespace {

// The flags every generated program is compiled with; its precompiled header must be made with
// the same ones (clang refuses a PCH whose language options or macros differ: one PCH per
// optimization level, as the flags are part of its name). Float
// operations are never fused (a*b + c rounds twice in CPython, so it must here too).
std::vector<std::string> program_flags(const Runtime& rt) {
  return {"-std=c++20", rt.optimization, "-g0", "-w", "-fbracket-depth=100000", "-ffp-contract=off",
#ifdef AIOCC_PROGRAM_SANITIZE
          "-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer",
#endif
          "-I" + rt.include_dir};
}

fs::path cache_dir() {
  if (const char* x = std::getenv("AIOCC_CACHE_DIR")) return x;
  if (const char* x = std::getenv("XDG_CACHE_HOME")) return fs::path(x) / "aiocc";
  if (const char* h = std::getenv("HOME")) return fs::path(h) / ".cache" / "aiocc";
  return fs::temp_directory_path() / "aiocc-cache";
}

// What a compiled program depends on besides its own C++: the compiler, aiocc's version, the
// flags and the runtime (headers and library).
uint64_t toolchain_key(const Runtime& rt) {
  uint64_t h = fnv1a(AIOCC_BACKEND_CXX);
  h = fnv1a(AIOCC_VERSION, h);
  for (const std::string& f : program_flags(rt)) h = fnv1a(f, h);
  std::error_code ec;
  auto lib_time = fs::last_write_time(rt.library, ec);
  return fnv1a(std::to_string(lib_time.time_since_epoch().count()) + ":" +
                   std::to_string(fs::file_size(rt.library, ec)),
               h);
}

std::string hex(uint64_t h) {
  char name[32];
  std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(h));
  return name;
}

// The runtime's header precompiled once per toolchain in the cache directory: it is most of
// the front-end work of compiling a program (a third of the time). Made under a private name
// and renamed, so concurrent compiles never read a partial one. Empty when it cannot be made
// (an unwritable cache): programs then compile without it.
std::string precompiled_header(const Runtime& rt) {
  std::error_code ec;
  const fs::path dir = cache_dir();
  fs::create_directories(dir, ec);
  const fs::path pch = dir / ("runtime-" + hex(toolchain_key(rt)) + ".pch");
  if (fs::exists(pch, ec)) return pch.string();
  const fs::path tmp = dir / (pch.filename().string() + ".tmp" + std::to_string(getpid()));
  std::vector<std::string> argv{AIOCC_BACKEND_CXX};
  for (std::string& f : program_flags(rt)) argv.push_back(std::move(f));
  // Templates the header's inline functions use are instantiated once here, not in every
  // program (a tenth of a program's compile).
  argv.insert(argv.end(), {"-fpch-instantiate-templates", "-x", "c++-header", rt.include_dir + "/aiocc/aiocc.h",
                           "-o", tmp.string()});
  std::string log;
  if (run_capture(argv, log) != 0) {
    fs::remove(tmp, ec);
    return {};
  }
  fs::rename(tmp, pch, ec);
  return ec ? std::string() : pch.string();
}

// The C++ in a private temporary file, never beside the output, where a file of the user's
// may be.
std::string temporary_source(const std::string& cpp) {
  std::error_code ec;
  std::string tmpl = (fs::temp_directory_path(ec) / "aiocc-XXXXXX.cpp").string();
  int fd = mkstemps(tmpl.data(), 4);
  if (fd < 0) io_error("cannot create a temporary file in " + fs::path(tmpl).parent_path().string() + ": " + std::strerror(errno));
  close(fd);
  std::ofstream f(tmpl, std::ios::binary);
  f << cpp;
  f.close();
  if (!f) {
    fs::remove(tmpl, ec);
    io_error("cannot write " + tmpl);
  }
  return tmpl;
}

// The libraries a program may need: linked only when its code refers to them (--as-needed: a
// program without `re` or `hashlib` does not load PCRE2 or OpenSSL), and the C++ library inside
// the program. Loading and relocating shared libraries was most of a program's start-up
// (2.2 ms, now 1.3 ms for `asyncio.run` of one print).
const std::vector<std::string> kLibraries = {
#ifndef AIOCC_PROGRAM_SANITIZE
    "-static-libstdc++", "-static-libgcc",
#endif
    "-Wl,--as-needed", "-lgmp", "-lunistring", "-lcrypto", "-lpcre2-8"};

// What a link adds after the objects and the runtime: lld when CMake found it (--ld-path;
// clang's default linker else), then the libraries.
std::vector<std::string> link_options() {
  std::vector<std::string> options;
  if (const std::string ld = AIOCC_BACKEND_LD; !ld.empty()) options.push_back("--ld-path=" + ld);
  options.insert(options.end(), kLibraries.begin(), kLibraries.end());
  return options;
}

// Compiles the C++ in `cpp` to `out`: an object (object: true) or a program linked with the
// runtime. With the precompiled header when there is one; when clang refuses it (a header
// changed since it was made, or it is damaged), again without, and the error is that one's.
bool compile_source(const Runtime& rt, const std::string& cpp, const std::string& out, bool object,
                    std::string& log) {
  const std::string src = temporary_source(cpp);
  auto command = [&](const std::string& pch) {
    std::vector<std::string> argv{AIOCC_BACKEND_CXX};
    for (std::string& f : program_flags(rt)) argv.push_back(std::move(f));
    if (!pch.empty()) argv.insert(argv.end(), {"-include-pch", pch});
    if (object) {
      argv.insert(argv.end(), {"-c", src, "-o", out});
    } else {
      argv.insert(argv.end(), {src, rt.library});
      for (std::string& f : link_options()) argv.push_back(std::move(f));
      argv.insert(argv.end(), {"-o", out});
    }
    return argv;
  };
  const std::string pch = precompiled_header(rt);
  int rc = run_capture(command(pch), log);
  std::error_code ec;
  if (rc != 0 && !pch.empty()) {
    fs::remove(pch, ec);  // made again by the next compile (a compile reading it keeps its copy)
    log.clear();
    rc = run_capture(command({}), log);
  }
  fs::remove(src, ec);
  return rc == 0;
}

}  // namespace

bool compile_program(const Runtime& rt, const std::string& cpp, const std::string& out,
                     std::string& log) {
  return compile_source(rt, cpp, out, false, log);
}

bool compile_units(const Runtime& rt, const std::vector<std::string>& units, const std::string& out,
                   std::string& log) {
  if (units.size() == 1) return compile_program(rt, units[0], out, log);
  std::error_code ec;
  const fs::path dir = cache_dir();
  fs::create_directories(dir, ec);
  precompiled_header(rt);  // made once, before the compilers that share it start
  const uint64_t toolchain = toolchain_key(rt);
  std::vector<std::string> objects(units.size()), logs(units.size());
  std::vector<char> failed(units.size(), 0);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < units.size(); i = next++) {
      const fs::path object = dir / ("unit-" + hex(fnv1a(units[i], toolchain)) + ".o");
      objects[i] = object.string();
      std::error_code e;
      if (fs::exists(object, e)) continue;
      // Compiled under a private name and renamed: a concurrent build never links a partial one.
      const fs::path tmp = object.string() + ".tmp" + std::to_string(getpid()) + "-" + std::to_string(i);
      if (compile_source(rt, units[i], tmp.string(), true, logs[i])) {
        fs::rename(tmp, object, e);
      } else {
        failed[i] = 1;
        fs::remove(tmp, e);
      }
    }
  };
  const size_t jobs = std::min<size_t>(units.size(), std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> threads;
  for (size_t j = 1; j < jobs; ++j) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  for (size_t i = 0; i < units.size(); ++i) {
    if (failed[i]) {
      log += logs[i];
      return false;
    }
  }
  std::vector<std::string> argv{AIOCC_BACKEND_CXX};
  for (std::string& f : program_flags(rt)) argv.push_back(std::move(f));
  argv.insert(argv.end(), objects.begin(), objects.end());
  argv.push_back(rt.library);
  for (std::string& f : link_options()) argv.push_back(std::move(f));
  argv.insert(argv.end(), {"-o", out});
  return run_capture(argv, log) == 0;
}

namespace {

// A cache entry is whole when it is an ELF file of the size recorded beside it when it was
// made: a truncated or overwritten one is rebuilt, never run.
bool entry_valid(const fs::path& exe) {
  std::ifstream f(exe, std::ios::binary);
  char magic[4] = {};
  if (!f.read(magic, 4) || std::memcmp(magic, "\x7f" "ELF", 4) != 0) return false;
  std::ifstream sz(exe.string() + ".size");
  uintmax_t want = 0;
  std::error_code ec;
  return static_cast<bool>(sz >> want) && fs::file_size(exe, ec) == want && !ec;
}
}  // namespace

std::optional<std::string> cached_program(const Runtime& rt, const std::vector<std::string>& units,
                                          std::string& log) {
  const fs::path cache = cache_dir();
  std::error_code ec;
  fs::create_directories(cache, ec);
  if (ec || access(cache.c_str(), W_OK) != 0) {
    io_error("cannot write the compile cache " + cache.string() + ": " +
             (ec ? ec.message() : std::string(std::strerror(errno))) + " (set AIOCC_CACHE_DIR)");
  }
  // The key covers the program, the compiler, the flags and the runtime library itself.
  uint64_t key = toolchain_key(rt);
  for (const std::string& unit : units) key = fnv1a(unit, key);
  const std::string name = hex(key);
  fs::path exe = cache / name;
  if (fs::exists(exe, ec)) {
    if (entry_valid(exe)) return exe.string();
    fs::remove(exe, ec);
  }
  // Compile to a private name, then rename: concurrent runs never see a partial binary.
  fs::path tmp = cache / (std::string(name) + ".tmp" + std::to_string(getpid()));
  if (!compile_units(rt, units, tmp.string(), log)) {
    fs::remove(tmp, ec);
    return std::nullopt;
  }
  {
    std::ofstream sz(exe.string() + ".size");
    sz << fs::file_size(tmp, ec);
  }
  fs::rename(tmp, exe, ec);
  if (ec) return std::nullopt;
  return exe.string();
}

}  // namespace aiocc::driver
