// The builtin functions as data: each is described once here, with the signature CPython 3.11
// gives it and how CPython declares it (METH_O, Argument Clinic positional-only or with
// keywords, or its own checks), and the one binder of method_catalog.cpp checks every call
// against that description. The functions themselves (the `_impl`s, in builtins.cpp and
// builtins_objects.cpp) receive their arguments bound, defaults filled in and converted.
#include "aiocc/py/builtins.h"
#include "aiocc/py/function.h"
#include "method_catalog.h"

namespace aiocc::builtins {

#define AIOCC_DECLARE_IMPL(name) Object name##_impl(const Object& self, const Object* a, Args args, Kwargs kw);
AIOCC_BUILTINS(AIOCC_DECLARE_IMPL)
#undef AIOCC_DECLARE_IMPL

namespace {
using P = Param;
constexpr auto One = ArgStyle::OneArg, Pos = ArgStyle::Positional, Kw = ArgStyle::Keywords,
               Any = ArgStyle::Varargs;  // Varargs: checks its arguments itself

// Sorted by name. Parameter names are CPython's (they appear in its messages).
constexpr MethodDef kBuiltinDefs[] = {
    {"abs", abs_impl, One, {P{"x"}}, 1},
    {"aiter", aiter_impl, One, {P{"async_iterable"}}, 1},
    {"all", all_impl, One, {P{"iterable"}}, 1},
    {"anext", anext_impl, Pos, {P{"aiterator"}, P{"default", P::Absent}}, 2},
    {"any", any_impl, One, {P{"iterable"}}, 1},
    {"ascii", ascii_impl, One, {P{"obj"}}, 1},
    {"bin", bin_impl, One, {P{"number"}}, 1},
    {"callable", callable_impl, One, {P{"obj"}}, 1},
    {"chr", chr_impl, One, {P{"i", P::Required, 0, P::Index}}, 1},
    {"delattr", delattr_impl, Pos, {P{"obj"}, P{"name"}}, 2},
    {"dir", dir_impl, Pos, {P{"object", P::Absent}}, 1},
    {"divmod", divmod_impl, Pos, {P{"x"}, P{"y"}}, 2},
    {"enumerate", enumerate_impl, Any},  // enum_vectorcall's own texts
    {"filter", filter_impl, Pos, {P{"function"}, P{"iterable"}}, 2},
    {"format", format_impl, Pos, {P{"value"}, P{"format_spec", P::Absent, 0, P::Str}}, 2},
    {"getattr", getattr_impl, Pos, {P{"object"}, P{"name"}, P{"default", P::Absent}}, 3},
    {"globals", globals_impl, ArgStyle::NoArgs},
    {"hasattr", hasattr_impl, Pos, {P{"obj"}, P{"name"}}, 2},
    {"hash", hash_impl, One, {P{"obj"}}, 1},
    {"hex", hex_impl, One, {P{"number"}}, 1},
    {"id", id_impl, One, {P{"obj"}}, 1},
    {"isinstance", isinstance_impl, Pos, {P{"obj"}, P{"class_or_tuple"}}, 2},
    {"issubclass", issubclass_impl, Pos, {P{"cls"}, P{"class_or_tuple"}}, 2},
    {"iter", iter_impl, Pos, {P{"object"}, P{"sentinel", P::Absent}}, 2},
    {"len", len_impl, One, {P{"obj"}}, 1},
    {"locals", locals_impl, ArgStyle::NoArgs},
    {"map", map_impl, Any},
    {"max", max_impl, Any},
    {"min", min_impl, Any},
    {"next", next_impl, Pos, {P{"iterator"}, P{"default", P::Absent}}, 2},
    {"oct", oct_impl, One, {P{"number"}}, 1},
    {"ord", ord_impl, One, {P{"c"}}, 1},
    {"pow", pow_impl, Kw, {P{"base"}, P{"exp"}, P{"mod", P::None}}, 3},
    {"print", print_impl, Any},
    {"repr", repr_impl, One, {P{"obj"}}, 1},
    {"reversed", reversed_impl, Pos, {P{"sequence"}}, 1},
    {"round", round_impl, Kw, {P{"number"}, P{"ndigits", P::None}}, 2},
    {"setattr", setattr_impl, Pos, {P{"obj"}, P{"name"}, P{"value"}}, 3},
    {"sorted", sorted_impl, Any},
    {"sum", sum_impl, Kw, {P{"iterable"}, P{"start", P::Int, 0}}, 2, kMaxParams, false, 1},
    {"vars", vars_impl, Pos, {P{"object", P::Absent}}, 1},
    {"zip", zip_impl, Any},
};
static_assert(sorted_by_name(kBuiltinDefs));
constexpr MethodCatalog kBuiltins{"builtins", kBuiltinDefs};
}  // namespace

// Each entry point (what generated code calls, and what the function object calls) binds its
// arguments from the description.
#define AIOCC_DEFINE_BUILTIN(name)                                    \
  Object name(Args args, Kwargs kw) {                                 \
    static constexpr const MethodDef& d = def_named(kBuiltinDefs, #name); \
    return call_catalog_method(kBuiltins, d, None, args, kw);         \
  }                                                                   \
  BuiltinFunction name##_fn(#name, name);
AIOCC_BUILTINS(AIOCC_DEFINE_BUILTIN)
#undef AIOCC_DEFINE_BUILTIN

}  // namespace aiocc::builtins
