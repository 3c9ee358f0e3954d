// aiocc::Object: the dynamic Python value every generated program manipulates.
//
// Small values (None, bool, 64-bit int, float) live inline in a 16-byte tagged value; anything
// else is a reference-counted HeapObject. The program is single-threaded, so reference counts
// are plain integers. An Object in the Unbound state marks a variable that has no value yet
// (reading it raises NameError / UnboundLocalError).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aiocc {

class Object;
struct TypeObject;

struct Args;
struct Kwargs;
struct Name;
struct ParkedCall;
enum class AwaitNow : uint8_t;  // aiocc/coro.h

// A built-in method a call site's cache may call directly (aiocc/py/instance.h, MethodCache):
// `args` holds the receiver, then the arguments. It checks the receiver's type and the arity it
// handles, and returns false to decline (the call then goes the general way).
using BuiltinMethod = bool (*)(Args args, Object& out);

// Heap objects and coroutine frames come from size-class free lists (runtime/src/loop/coro.cpp):
// the loop's hot path creates and drops many small objects.
void* coro_frame_alloc(size_t n);
void coro_frame_free(void* p, size_t n);

struct HeapObject {
  // A cheap tag for the types the event loop tests on its hot path (instead of dynamic_cast).
  enum class Kind : uint8_t { Other, Future, Coroutine, Instance, List, Tuple, Str, Dict, Set, Iterator,
                              SeqIterator, Generator, LazyIterator, Bytes, ByteArray, Complex };
  uint32_t refcnt = 0;
  Kind kind = Kind::Other;
  HeapObject() = default;
  static void* operator new(size_t n) { return coro_frame_alloc(n); }
  static void operator delete(void* p, size_t n) { coro_frame_free(p, n); }
  HeapObject(const HeapObject&) = delete;
  HeapObject& operator=(const HeapObject&) = delete;
  virtual ~HeapObject() = default;

  virtual TypeObject* type() const = 0;
  virtual std::string repr() const;
  virtual std::string str() const { return repr(); }
  virtual bool truthy() const { return true; }
  // Attribute lookup. `self` is the Object holding this HeapObject (to build bound methods).
  virtual Object getattr(const Object& self, std::string_view name);
  virtual void setattr(std::string_view name, const Object& value);
  // obj.name(args): the default looks the attribute up and calls it.
  virtual Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw);
  // `await self.<n>(args)` (args[0] is self), asked before the method is called, for methods
  // whose coroutine the runtime can run without making one (aiocc/coro.h, MethodAwaiter).
  virtual AwaitNow await_method(const Name& n, Args args, Object& out, ParkedCall& park);
  // The BuiltinMethod for `self.<n>(...)` that call sites may cache for this object's kind, or
  // nullptr (runtime types whose hot methods are not in a method catalog: futures, the loop).
  virtual BuiltinMethod fast_method(const Name& n) const { return nullptr; }
  virtual Object call(Args args, Kwargs kw);
  // callable() for objects of runtime types with a __call__ (not functions, types or instances).
  virtual bool is_callable() const { return false; }
  // Runtime objects that are non-data descriptors as class attributes (functools' wrappers):
  // what reading them through `instance` (Unbound: through the class) gives.
  virtual bool is_descriptor() const { return false; }
  virtual Object descriptor_get(const Object& self, const Object& instance, TypeObject* cls);
};

// The last reference to an instance of a user class went: its __del__, if the class has one,
// runs once (it may keep the object alive), then the object is freed.
void finalize_instance(HeapObject* h);
// A future or task freed with an exception never retrieved: reported first (future.cpp).
void finalize_future(HeapObject* h);
// The last reference to H went: finalizes and frees it (types.cpp).
void free_object(HeapObject* h);

enum class Tag : uint8_t { Unbound, None, Bool, Int, Float, Heap };

class Object {
 public:
  Object() : tag_(Tag::Unbound) { u_.i = 0; }
  Object(const Object& o) : tag_(o.tag_), u_(o.u_) {
    if (tag_ == Tag::Heap) ++u_.h->refcnt;
  }
  Object(Object&& o) noexcept : tag_(o.tag_), u_(o.u_) { o.tag_ = Tag::Unbound; }
  explicit Object(HeapObject* h) : tag_(Tag::Heap) {
    u_.h = h;
    ++h->refcnt;
  }
  Object& operator=(const Object& o) {
    if (o.tag_ == Tag::Heap) ++o.u_.h->refcnt;
    release();
    tag_ = o.tag_;
    u_ = o.u_;
    return *this;
  }
  Object& operator=(Object&& o) noexcept {
    if (this != &o) {
      release();
      tag_ = o.tag_;
      u_ = o.u_;
      o.tag_ = Tag::Unbound;
    }
    return *this;
  }
  ~Object() { release(); }

  static Object none() { return Object(Tag::None); }
  static Object from_bool(bool b) {
    Object o(Tag::Bool);
    o.u_.b = b;
    return o;
  }
  static Object from_int(int64_t i) {
    Object o(Tag::Int);
    o.u_.i = i;
    return o;
  }
  static Object from_float(double d) {
    Object o(Tag::Float);
    o.u_.f = d;
    return o;
  }

  Tag tag() const { return tag_; }
  bool is_unbound() const { return tag_ == Tag::Unbound; }
  bool is_none() const { return tag_ == Tag::None; }
  bool is_bool() const { return tag_ == Tag::Bool; }
  bool is_small_int() const { return tag_ == Tag::Int; }
  bool is_float() const { return tag_ == Tag::Float; }
  bool is_heap() const { return tag_ == Tag::Heap; }
  bool as_bool() const { return u_.b; }
  int64_t as_int() const { return u_.i; }
  double as_float() const { return u_.f; }
  HeapObject* heap() const { return u_.h; }
  template <typename T>
  T* as() const {
    return static_cast<T*>(u_.h);
  }
  template <typename T>
  T* dyn() const {
    return tag_ == Tag::Heap ? dynamic_cast<T*>(u_.h) : nullptr;
  }
  // Python `is`. Floats are unboxed, so a float has no identity of its own: two floats are
  // the same object when their bits are (a NaN is itself, as a NaN object is in CPython; 0.0
  // is not -0.0). Containers' `x is y or x == y` then finds a NaN they hold.
  bool same(const Object& o) const {
    if (tag_ != o.tag_) return false;
    switch (tag_) {
      case Tag::Bool: return u_.b == o.u_.b;
      case Tag::Int: return u_.i == o.u_.i;
      case Tag::Float: return __builtin_memcmp(&u_.f, &o.u_.f, sizeof(double)) == 0;
      case Tag::Heap: return u_.h == o.u_.h;
      default: return true;  // Unbound, None
    }
  }

 private:
  explicit Object(Tag t) : tag_(t) { u_.i = 0; }
  // Inlined at every destruction of an Object, so only the test is; freeing is one call.
  void release() {
    if (tag_ == Tag::Heap && --u_.h->refcnt == 0) [[unlikely]] free_object(u_.h);
  }
  Tag tag_;
  union {
    bool b;
    int64_t i;
    double f;
    HeapObject* h;
  } u_;
};

}  // namespace aiocc

// Vectors of Objects (list and tuple items, argument lists) take their buffers from the same
// size-class free lists as heap objects: short-lived small tuples and lists are the common
// case, and malloc/free showed at the top of tuple-heavy profiles.
template <>
struct std::allocator<aiocc::Object> {
  using value_type = aiocc::Object;
  using size_type = size_t;
  using difference_type = ptrdiff_t;
  using propagate_on_container_move_assignment = std::true_type;
  using is_always_equal = std::true_type;
  allocator() noexcept = default;
  template <class U>
  allocator(const allocator<U>&) noexcept {}
  aiocc::Object* allocate(size_t n) {
    return static_cast<aiocc::Object*>(aiocc::coro_frame_alloc(n * sizeof(aiocc::Object)));
  }
  void deallocate(aiocc::Object* p, size_t n) { aiocc::coro_frame_free(p, n * sizeof(aiocc::Object)); }
  friend bool operator==(const allocator&, const allocator&) { return true; }
};

namespace aiocc {

// A view of positional arguments, and of keyword arguments (name, value).
struct Kw {
  std::string_view name;
  Object value;
};
struct Args {
  const Object* p = nullptr;
  size_t n = 0;
  Args() = default;
  Args(const Object* ptr, size_t count) : p(ptr), n(count) {}
  Args(std::initializer_list<Object> il);
  Args(const std::vector<Object>& v);
  const Object& operator[](size_t i) const { return p[i]; }
  size_t size() const { return n; }
  const Object* begin() const { return p; }
  const Object* end() const { return p + n; }
};
struct Kwargs {
  const Kw* p = nullptr;
  size_t n = 0;
  Kwargs() = default;
  Kwargs(std::initializer_list<Kw> il) : p(il.begin()), n(il.size()) {}
  Kwargs(const std::vector<Kw>& v) : p(v.data()), n(v.size()) {}
  const Kw* begin() const { return p; }
  const Kw* end() const { return p + n; }
  size_t size() const { return n; }
  const Object* find(std::string_view name) const;
};

inline Args::Args(std::initializer_list<Object> il) : p(il.begin()), n(il.size()) {}
inline Args::Args(const std::vector<Object>& v) : p(v.data()), n(v.size()) {}

// Allocates a heap object and wraps it.
template <typename T, typename... A>
Object make(A&&... a) {
  return Object(new T(std::forward<A>(a)...));
}

inline const Object None = Object::none();
inline Object True() { return Object::from_bool(true); }
inline Object False() { return Object::from_bool(false); }

// A closure cell: a shared box for a variable captured by an inner function.
struct CellObject final : HeapObject {
  Object value;
  TypeObject* type() const override;
  std::string repr() const override;
  Object getattr(const Object& self, std::string_view name) override;  // cell_contents
  void setattr(std::string_view name, const Object& value) override;
};
class Cell {
 public:
  Cell() : box_(make<CellObject>()) {}
  Object& get() const { return box_.as<CellObject>()->value; }
  const Object& handle() const { return box_; }

 private:
  Object box_;
};

}  // namespace aiocc
