#include "toolchain.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#ifndef AIOCC_BACKEND_CXX
#define AIOCC_BACKEND_CXX "clang++-19"
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

bool compile_program(const Runtime& rt, const std::string& cpp, const std::string& out,
                     std::string& log) {
  fs::path src = fs::path(out).string() + ".cpp";
  {
    std::ofstream f(src, std::ios::binary);
    f << cpp;
  }
  std::vector<std::string> argv{AIOCC_BACKEND_CXX, "-std=c++20", "-O2", "-g0", "-w", "-fbracket-depth=100000",
                                "-I" + rt.include_dir, src.string(), rt.library, "-lgmp", "-lunistring",
                                "-o", out};
  int rc = run_capture(argv, log);
  return rc == 0;
}

std::optional<std::string> cached_program(const Runtime& rt, const std::string& cpp,
                                          std::string& log) {
  fs::path cache;
  if (const char* x = std::getenv("AIOCC_CACHE_DIR")) {
    cache = x;
  } else if (const char* x = std::getenv("XDG_CACHE_HOME")) {
    cache = fs::path(x) / "aiocc";
  } else if (const char* h = std::getenv("HOME")) {
    cache = fs::path(h) / ".cache" / "aiocc";
  } else {
    cache = fs::temp_directory_path() / "aiocc-cache";
  }
  std::error_code ec;
  fs::create_directories(cache, ec);
  // The key covers the program, the compiler, the flags and the runtime library itself.
  uint64_t h = fnv1a(cpp);
  h = fnv1a(AIOCC_BACKEND_CXX, h);
  h = fnv1a(AIOCC_VERSION, h);
  h = fnv1a(rt.include_dir, h);
  auto lib_time = fs::last_write_time(rt.library, ec);
  h = fnv1a(std::to_string(lib_time.time_since_epoch().count()) + ":" +
                std::to_string(fs::file_size(rt.library, ec)),
            h);
  char name[32];
  std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(h));
  fs::path exe = cache / name;
  if (fs::exists(exe, ec)) return exe.string();
  // Compile to a private name, then rename: concurrent runs never see a partial binary.
  fs::path tmp = cache / (std::string(name) + ".tmp" + std::to_string(getpid()));
  if (!compile_program(rt, cpp, tmp.string(), log)) {
    fs::remove(tmp.string() + ".cpp", ec);
    return std::nullopt;
  }
  fs::rename(tmp, exe, ec);
  fs::remove(tmp.string() + ".cpp", ec);
  if (ec) return std::nullopt;
  return exe.string();
}

}  // namespace aiocc::driver
