// heapq's sift operations (Modules/_heapqmodule.c), comparison for comparison, on any
// random-access sequence of objects: a list for heapq, the deque of an asyncio.PriorityQueue.
#pragma once

#include <cstddef>

#include "aiocc/py/exceptions.h"
#include "aiocc/py/ops.h"

namespace aiocc::heap {

template <class Seq>
void check_size(const Seq& heap, size_t size) {
  if (heap.size() != size) raise(&exc::RuntimeError, "list changed size during iteration");
}

// Moves heap[pos] up towards startpos while it is smaller than its parent.
template <class Seq>
void siftdown(Seq& heap, size_t startpos, size_t pos) {
  const size_t size = heap.size();
  Object newitem = heap[pos];
  while (pos > startpos) {
    const size_t parentpos = (pos - 1) >> 1;
    Object parent = heap[parentpos];
    const bool smaller = lt(newitem, parent);
    check_size(heap, size);
    if (!smaller) break;
    heap[pos] = parent;
    pos = parentpos;
  }
  heap[pos] = newitem;
}

// Moves the smaller child up from pos to a leaf, then heap[pos]'s old item down (siftdown).
template <class Seq>
void siftup(Seq& heap, size_t pos) {
  const size_t endpos = heap.size(), startpos = pos;
  Object newitem = heap[pos];
  const size_t limit = endpos / 2;
  while (pos < limit) {
    size_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const bool left_smaller = lt(heap[childpos], heap[childpos + 1]);
      check_size(heap, endpos);
      if (!left_smaller) ++childpos;
    }
    heap[pos] = heap[childpos];
    pos = childpos;
  }
  heap[pos] = newitem;
  siftdown(heap, startpos, pos);
}

}  // namespace aiocc::heap
