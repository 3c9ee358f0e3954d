// Running a function on a thread with a large stack: for the compiler's stages, which recurse
// over the tree as deep as CPython's nesting limits allow, and for compiled programs, which
// recurse as deep as sys.setrecursionlimit allows. The stack is address space, committed only
// as it is used.
#pragma once

#include <pthread.h>

#include <cstddef>
#include <exception>
#include <functional>

namespace aiocc {

// Runs `fn` on a new thread with a stack of `bytes` and waits for it; what `fn` throws is
// rethrown here. Without a thread to be had, `fn` runs here, with the stack there is.
inline void run_with_large_stack(const std::function<void()>& fn, size_t bytes = size_t{1} << 30) {
  struct Job {
    const std::function<void()>* fn;
    std::exception_ptr error;
  } job{&fn, nullptr};
  auto body = [](void* p) -> void* {
    auto* j = static_cast<Job*>(p);
    try {
      (*j->fn)();
    } catch (...) {
      j->error = std::current_exception();
    }
    return nullptr;
  };
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, bytes);
  pthread_t thread;
  const int rc = pthread_create(&thread, &attr, body, &job);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    fn();
    return;
  }
  pthread_join(thread, nullptr);
  if (job.error) std::rethrow_exception(job.error);
}

}  // namespace aiocc
