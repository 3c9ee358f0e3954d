// The `aiocc` command: wires the stages together (frontend -> sema -> codegen -> backend).
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "aiocc/codegen/emit.h"
#include "aiocc/large_stack.h"
#include "aiocc/frontend/parser.h"
#include "aiocc/frontend/program.h"
#include "toolchain.h"

#ifndef AIOCC_VERSION
#define AIOCC_VERSION "0"
#endif

namespace fs = std::filesystem;
using namespace aiocc;

namespace {

constexpr int kExitCompileError = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInternal = 3;

const char* kHelp =
    "usage: aiocc <command> [options] FILE [ARGS...]\n"
    "\n"
    "Compiles a Python asyncio script to a native program that prints exactly what\n"
    "CPython 3.11 prints.\n"
    "\n"
    "commands:\n"
    "  run FILE [ARGS...]      compile (cached by content) and run; the exit code is the script's\n"
    "  build FILE -o OUT       compile to the executable OUT\n"
    "  emit FILE [-o OUT.cpp]  print (or write) the generated C++\n"
    "  check FILE              report syntax errors and unsupported constructs only\n"
    "  compare FILE [ARGS...]  run python3 and the native program; show identical or a diff,\n"
    "                          and the wall-time ratio\n"
    "\n"
    "options:\n"
    "  -h, --help              show this help\n"
    "  --version               show the version\n"
    "  -O0, -O1, -O2, -O3      (run, build, compare) the C++ compiler's optimization level;\n"
    "                          -O2 unless given (-O0 compiles fastest)\n"
    "  --no-line-directives    (emit) leave out #line directives\n"
    "  --depfile DEP           (emit) also write DEP, the files of the program as a Makefile\n"
    "                          rule for OUT.cpp (for build systems: CMake's DEPFILE)\n"
    "  --library NAME          (emit, instead of FILE) aiocc's library module NAME alone, as\n"
    "                          the runtime's build compiles it\n"
    "\n"
    "exit status: the program's own for run; 1 for errors in the script; 2 for bad usage or\n"
    "an unreadable file; 3 when aiocc itself fails.\n"
    "\n"
    "environment: AIOCC_CACHE_DIR (binary cache), AIOCC_RUNTIME_DIR (runtime location).\n";

[[noreturn]] void usage_error(const std::string& msg) {
  std::fprintf(stderr, "aiocc: error: %s (see aiocc --help)\n", msg.c_str());
  std::exit(kExitUsage);
}

std::string read_source(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    std::fprintf(stderr, "aiocc: error: %s: No such file or directory\n", path.c_str());
    std::exit(kExitUsage);
  }
  if (fs::is_directory(path, ec)) {
    std::fprintf(stderr, "aiocc: error: %s: Is a directory\n", path.c_str());
    std::exit(kExitUsage);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "aiocc: error: %s: cannot read file: %s\n", path.c_str(), std::strerror(errno));
    std::exit(kExitUsage);
  }
  // A script is text: a device such as /dev/zero, or a file of gigabytes, is not read whole.
  constexpr size_t kMaxSource = size_t{64} << 20;
  std::string text;
  char buf[65536];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    text.append(buf, static_cast<size_t>(in.gcount()));
    if (text.size() > kMaxSource) {
      std::fprintf(stderr, "aiocc: error: %s: file too large (more than 64 MiB)\n", path.c_str());
      std::exit(kExitUsage);
    }
  }
  return text;
}

// Frontend + sema + codegen: the program in one unit (units: false) or a unit per module of
// the script's (emit_units). Exits with a diagnostic on a compile error. `files`, when given,
// receives the path of every file of the program (the script's first).
std::vector<std::string> translate(const std::string& path, bool units, const EmitOptions& opts = {},
                                   std::vector<std::string>* files = nullptr) {
  std::string source = read_source(path);
  std::vector<std::string> lines = split_lines(printable_source(source));
  std::vector<std::string> cpp;
  try {
    // Every stage recurses over the tree, whose depth CPython's limits bound (limits.h).
    run_with_large_stack([&] {
      Program program = load_program(path, source);
      cpp = units ? emit_units(program, opts) : std::vector<std::string>{emit_cpp(program, opts)};
      if (files) {
        for (const auto& m : program.modules) {
          if (!m->is_library) files->push_back(m->path);  // aiocc's own are in its runtime
        }
      }
    });
    return cpp;
  } catch (const CompileError& e) {
    // In the script, or in a module of it (e.path).
    std::fputs((e.path.empty() ? format_diagnostic(path, lines, e) : format_diagnostic(e.path, e.lines, e)).c_str(), stderr);
    std::exit(kExitCompileError);
  } catch (const std::logic_error& e) {
    std::fprintf(stderr,
                 "aiocc: internal error while compiling %s: %s\n"
                 "This is a bug in aiocc; please report it with the script.\n",
                 path.c_str(), e.what());
    std::exit(kExitInternal);
  }
}

// Library module `name` (runtime/lib), for the runtime's build: `import name` analyzed, the
// module alone emitted.
std::string translate_library(const std::string& name, const EmitOptions& opts) {
  std::string cpp;
  try {
    run_with_large_stack([&] {
      // A script in a directory that cannot exist: no file of the user's is ever found.
      Program program = load_program("/dev/null/aiocc-library.py", "import " + name + "\n");
      cpp = emit_library(program, name, opts);
    });
  } catch (const CompileError& e) {
    std::fputs(format_diagnostic(e.path, e.lines, e).c_str(), stderr);
    std::exit(kExitCompileError);
  }
  return cpp;
}

std::string optimization = "-O2";  // the -O option

driver::Runtime runtime_or_die() {
  std::string err;
  auto rt = driver::find_runtime(err);
  if (!rt) {
    std::fprintf(stderr, "aiocc: error: %s\n", err.c_str());
    std::exit(kExitInternal);
  }
  rt->optimization = optimization;
  return *rt;
}

[[noreturn]] void backend_failed(const std::string& path, const std::string& log) {
  std::fprintf(stderr,
               "aiocc: internal error: the C++ compiler rejected the code generated for %s.\n"
               "This is a bug in aiocc; please report it with the script.\n%s",
               path.c_str(), log.c_str());
  std::exit(kExitInternal);
}

std::string program_for(const std::string& path) {
  std::vector<std::string> units = translate(path, true);
  driver::Runtime rt = runtime_or_die();
  std::string log;
  auto exe = driver::cached_program(rt, units, log);
  if (!exe) backend_failed(path, log);
  return *exe;
}

struct RunResult {
  int status = 0;
  std::string out, err;
  double seconds = 0;
};

std::string slurp_fd(int fd) {
  std::string s;
  char buf[65536];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) s.append(buf, static_cast<size_t>(n));
  return s;
}

RunResult run_captured(const std::vector<std::string>& argv) {
  RunResult r;
  char out_tmpl[] = "/tmp/aiocc-outXXXXXX";
  char err_tmpl[] = "/tmp/aiocc-errXXXXXX";
  int out_fd = mkstemp(out_tmpl), err_fd = mkstemp(err_tmpl);
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    std::vector<char*> args;
    for (auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    std::perror(args[0]);
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  lseek(out_fd, 0, SEEK_SET);
  lseek(err_fd, 0, SEEK_SET);
  r.out = slurp_fd(out_fd);
  r.err = slurp_fd(err_fd);
  close(out_fd);
  close(err_fd);
  unlink(out_tmpl);
  unlink(err_tmpl);
  return r;
}

void show_diff(const std::string& what, const std::string& a, const std::string& b) {
  if (a == b) return;
  char ta[] = "/tmp/aiocc-pyXXXXXX";
  char tb[] = "/tmp/aiocc-nativeXXXXXX";
  int fa = mkstemp(ta), fb = mkstemp(tb);
  if (write(fa, a.data(), a.size()) < 0 || write(fb, b.data(), b.size()) < 0) return;
  close(fa);
  close(fb);
  std::printf("--- %s differs (python3 vs native):\n", what.c_str());
  std::fflush(stdout);
  RunResult d = run_captured({"diff", "-u", "--label", "python3", "--label", "aiocc", ta, tb});
  std::fputs(d.out.c_str(), stdout);
  unlink(ta);
  unlink(tb);
}

int cmd_compare(const std::string& path, const std::vector<std::string>& args) {
  std::string exe = program_for(path);
  std::vector<std::string> py{"python3", path};
  std::vector<std::string> native{exe};
  py.insert(py.end(), args.begin(), args.end());
  native.insert(native.end(), args.begin(), args.end());
  RunResult a = run_captured(py);
  RunResult b = run_captured(native);
  bool same = a.out == b.out && a.err == b.err && a.status == b.status;
  if (same) {
    std::printf("identical: stdout, stderr and exit code (%d) match\n", a.status);
  } else {
    show_diff("stdout", a.out, b.out);
    show_diff("stderr", a.err, b.err);
    if (a.status != b.status) std::printf("--- exit code: python3 %d, aiocc %d\n", a.status, b.status);
  }
  std::printf("wall time: python3 %.3fs, native %.3fs, ratio %.1fx\n", a.seconds, b.seconds,
              b.seconds > 0 ? a.seconds / b.seconds : 0.0);
  return same ? 0 : 1;
}

int exec_program(const std::string& exe, const std::string& argv0, const std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(argv0.c_str()));
  for (auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  execv(exe.c_str(), argv.data());
  std::fprintf(stderr, "aiocc: error: cannot run %s: %s\n", exe.c_str(), std::strerror(errno));
  return kExitInternal;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) usage_error("no command given");
  const std::string cmd = args[0];
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    std::fputs(kHelp, stdout);
    return 0;
  }
  if (cmd == "--version") {
    std::printf("aiocc %s (targets CPython 3.11 semantics)\n", AIOCC_VERSION);
    return 0;
  }
  if (cmd != "run" && cmd != "build" && cmd != "emit" && cmd != "check" && cmd != "compare") {
    if (!cmd.empty() && cmd[0] == '-') usage_error("unknown option '" + cmd + "'");
    usage_error("unknown command '" + cmd + "'");
  }
  // For run and compare, options come before FILE and everything after it belongs to the
  // script; build, emit and check take their options before or after FILE.
  std::string file, out, depfile, library;
  bool line_directives = true;
  std::vector<std::string> rest;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (!file.empty() && (cmd == "run" || cmd == "compare")) {
      rest.push_back(a);
      continue;
    }
    if (!file.empty() && (a.empty() || a[0] != '-')) usage_error("unexpected argument '" + a + "'");
    if (a == "-h" || a == "--help") {
      std::fputs(kHelp, stdout);
      return 0;
    }
    if (a == "-o" && (cmd == "build" || cmd == "emit")) {
      if (i + 1 >= args.size()) usage_error("-o needs a file name");
      out = args[++i];
    } else if ((a == "-O0" || a == "-O1" || a == "-O2" || a == "-O3") && cmd != "emit" && cmd != "check") {
      optimization = a;
    } else if (a == "--no-line-directives" && cmd == "emit") {
      line_directives = false;
    } else if (a == "--library" && cmd == "emit") {
      if (i + 1 >= args.size()) usage_error("--library needs a module name");
      library = args[++i];
      if (!library_source(library)) usage_error("'" + library + "' is not one of aiocc's library modules");
      file = "-";  // no script: the module alone
    } else if (a == "--depfile" && cmd == "emit") {
      if (i + 1 >= args.size()) usage_error("--depfile needs a file name");
      depfile = args[++i];
    } else if (a.size() > 1 && a[0] == '-') {
      usage_error("unknown option '" + a + "' for '" + cmd + "'");
    } else {
      file = a;
    }
  }
  if (file.empty()) usage_error("'" + cmd + "' needs a FILE");

  if (cmd == "check") {
    translate(file, false);
    return 0;
  }
  if (cmd == "emit") {
    EmitOptions opts;
    opts.line_directives = line_directives;
    if (!depfile.empty() && out.empty()) usage_error("--depfile needs -o OUT.cpp");
    std::vector<std::string> files;
    std::string cpp = library.empty() ? translate(file, false, opts, &files)[0] : translate_library(library, opts);
    if (out.empty()) {
      std::fwrite(cpp.data(), 1, cpp.size(), stdout);
    } else {
      std::ofstream f(out, std::ios::binary);
      if (!f) usage_error("cannot write '" + out + "'");
      f << cpp;
    }
    if (!depfile.empty()) {
      std::ofstream d(depfile, std::ios::binary);
      if (!d) usage_error("cannot write '" + depfile + "'");
      auto escaped = [](const std::string& p) {  // Make's: spaces and '$'
        std::string e;
        for (char c : p) e += c == ' ' ? "\\ " : c == '$' ? "$$" : std::string(1, c);
        return e;
      };
      d << escaped(out) << ":";
      for (const std::string& f : files) d << " \\\n  " << escaped(f);
      d << "\n";
    }
    return 0;
  }
  if (cmd == "build") {
    if (out.empty()) usage_error("'build' needs -o OUT");
    std::error_code ec;
    if (fs::is_directory(out, ec)) usage_error("'" + out + "' is a directory");
    const fs::path dir = fs::absolute(out, ec).parent_path();
    if (access(dir.c_str(), W_OK) != 0) {
      std::fprintf(stderr, "aiocc: error: cannot write '%s': %s\n", out.c_str(), std::strerror(errno));
      return kExitUsage;
    }
    std::vector<std::string> units = translate(file, true);
    driver::Runtime rt = runtime_or_die();
    std::string log;
    // Written under a private name and renamed: `out` is never left half-written.
    const std::string tmp = out + ".aiocc-tmp" + std::to_string(getpid());
    if (!driver::compile_units(rt, units, tmp, log)) {
      fs::remove(tmp, ec);
      backend_failed(file, log);
    }
    fs::rename(tmp, out, ec);
    if (ec) {
      fs::remove(tmp, ec);
      std::fprintf(stderr, "aiocc: error: cannot write '%s': %s\n", out.c_str(), ec.message().c_str());
      return kExitUsage;
    }
    return 0;
  }
  if (cmd == "compare") return cmd_compare(file, rest);
  std::string exe = program_for(file);
  std::fflush(stdout);
  return exec_program(exe, file, rest);
}
