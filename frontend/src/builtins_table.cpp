#include "aiocc/frontend/builtins_table.h"


#include <iterator>

#include "cpython_names.h"

namespace aiocc {
namespace {

#define FN(mod, name, ns) {mod, #name, "aiocc::" ns "::" #name, "aiocc::builtin_value(aiocc::" ns "::" #name "_fn)"}
#define TYPE(name, obj) {"", name, nullptr, "aiocc::Object(&aiocc::types::" obj ")"}
#define EXC(mod, name) {mod, #name, nullptr, "aiocc::Object(&aiocc::exc::" #name ")"}
// A runtime class: calls go straight to its function, its value is the class.
// sys's names that runtime/lib/_aiocc_sys.py holds.
#define SYSLIB(name) {"sys", #name, nullptr, "aiocc::sys::lib_value(\"" #name "\")"}
// asyncio's names that runtime/lib/_aiocc_asyncio_locks.py holds.
#define ASYNCLIB(name) {"asyncio", #name, nullptr, "aiocc::asyncio::lib_value(\"" #name "\")"}
#define CLASS(mod, name, type) {mod, #name, "aiocc::asyncio::" #name, "aiocc::Object(&aiocc::asyncio::" #type ")"}

const BuiltinEntry kTable[] = {
    {"", "open", "aiocc::io_builtins::open", "aiocc::io_builtins::open_value()"},
    {"", "input", "aiocc::io_builtins::input", "aiocc::builtin_value(aiocc::io_builtins::input_fn)"},
    FN("", print, "builtins"), FN("", len, "builtins"), FN("", repr, "builtins"),
    FN("", abs, "builtins"), FN("", min, "builtins"), FN("", max, "builtins"),
    FN("", sum, "builtins"), FN("", isinstance, "builtins"), FN("", sorted, "builtins"),
    FN("", enumerate, "builtins"), FN("", zip, "builtins"), FN("", any, "builtins"),
    FN("", all, "builtins"), FN("", round, "builtins"), FN("", chr, "builtins"),
    FN("", ord, "builtins"), FN("", id, "builtins"), FN("", hash, "builtins"),
    FN("", aiter, "builtins"), FN("", anext, "builtins"), FN("", callable, "builtins"), FN("", divmod, "builtins"), FN("", reversed, "builtins"),
    FN("", hex, "builtins"), FN("", map, "builtins"), FN("", filter, "builtins"),
    FN("", getattr, "builtins"), FN("", setattr, "builtins"), FN("", hasattr, "builtins"),
    FN("", pow, "builtins"), FN("", bin, "builtins"), FN("", oct, "builtins"),
    FN("", format, "builtins"), FN("", iter, "builtins"), FN("", next, "builtins"),
    FN("", vars, "builtins"), FN("", issubclass, "builtins"), FN("", delattr, "builtins"),
    FN("", ascii, "builtins"), FN("", dir, "builtins"), FN("", globals, "builtins"), FN("", locals, "builtins"),
    {"", "__doc__", nullptr, "aiocc::builtins::module_doc(kModule)"},
    {"", "__file__", nullptr, "aiocc::builtins::module_file(kModule)"},
    TYPE("property", "property"), TYPE("staticmethod", "staticmethod"),
    TYPE("classmethod", "classmethod"), TYPE("super", "super"),
    {"", "NotImplemented", nullptr, "aiocc::NotImplemented"},
    {"", "Ellipsis", nullptr, "aiocc::Ellipsis"}, TYPE("slice", "slice"),
    // Asserts are always compiled in (CPython without -O).
    {"", "__debug__", nullptr, "aiocc::True()"},
    TYPE("int", "int_"), TYPE("float", "float_"), TYPE("complex", "complex"), TYPE("str", "str"), TYPE("bool", "bool_"),
    TYPE("list", "list"), TYPE("frozenset", "frozenset"), TYPE("tuple", "tuple"), TYPE("dict", "dict"), TYPE("range", "range"),
    TYPE("type", "type"), TYPE("object", "object"), TYPE("bytes", "bytes"),
    TYPE("bytearray", "bytearray"),
    {"", "__name__", nullptr, "aiocc::py_str(kModule.name)"},
    {"", "__package__", nullptr, "(kModule.package ? aiocc::py_str(kModule.package) : aiocc::None)"},
    EXC("", BaseException), EXC("", Exception), EXC("", ArithmeticError),
    EXC("", ZeroDivisionError), EXC("", OverflowError), EXC("", LookupError),
    EXC("", IndexError), EXC("", KeyError), EXC("", ValueError), EXC("", TypeError),
    EXC("", NameError), EXC("", UnboundLocalError), EXC("", AttributeError),
    EXC("", RuntimeError), EXC("", NotImplementedError), EXC("", RecursionError),
    EXC("", AssertionError), EXC("", StopIteration), EXC("", OSError), EXC("", TimeoutError),
    EXC("", KeyboardInterrupt), EXC("", SystemExit), EXC("", BaseExceptionGroup),
    EXC("", ExceptionGroup), EXC("", UnicodeError), EXC("", ConnectionError),
    EXC("", ConnectionResetError), EXC("", ConnectionRefusedError),
    EXC("", ConnectionAbortedError), EXC("", BrokenPipeError), EXC("", FileNotFoundError),
    EXC("", PermissionError), EXC("", GeneratorExit), TYPE("set", "set"),
    EXC("", BlockingIOError), EXC("", ChildProcessError), EXC("", FileExistsError),
    EXC("", InterruptedError), EXC("", IsADirectoryError), EXC("", NotADirectoryError),
    EXC("", ProcessLookupError), EXC("", FloatingPointError), EXC("", BufferError),
    EXC("", EOFError), EXC("", ImportError), EXC("", ModuleNotFoundError), EXC("", MemoryError),
    EXC("", ReferenceError), EXC("", StopAsyncIteration), EXC("", SyntaxError),
    EXC("", IndentationError), EXC("", TabError), EXC("", SystemError),
    EXC("", UnicodeDecodeError), EXC("", UnicodeEncodeError), EXC("", UnicodeTranslateError),
    EXC("", Warning), EXC("", BytesWarning), EXC("", DeprecationWarning),
    EXC("", EncodingWarning), EXC("", FutureWarning), EXC("", ImportWarning),
    EXC("", PendingDeprecationWarning), EXC("", ResourceWarning), EXC("", RuntimeWarning),
    EXC("", SyntaxWarning), EXC("", UnicodeWarning), EXC("", UserWarning),
    {"", "EnvironmentError", nullptr, "aiocc::Object(&aiocc::exc::OSError)"},
    {"", "IOError", nullptr, "aiocc::Object(&aiocc::exc::OSError)"},
    FN("asyncio", run, "asyncio"), FN("asyncio", sleep, "asyncio"),
    FN("asyncio", create_task, "asyncio"), FN("asyncio", gather, "asyncio"),
    FN("asyncio", wait_for, "asyncio"), FN("asyncio", shield, "asyncio"),
    FN("asyncio", get_running_loop, "asyncio"), FN("asyncio", get_event_loop, "asyncio"),
    FN("asyncio", current_task, "asyncio"), FN("asyncio", all_tasks, "asyncio"),
    FN("asyncio", ensure_future, "asyncio"), FN("asyncio", iscoroutine, "asyncio"),
    FN("asyncio", iscoroutinefunction, "asyncio"), FN("asyncio", isfuture, "asyncio"),
    FN("asyncio", timeout_at, "asyncio"),
    FN("asyncio", TaskGroup, "asyncio"), {"asyncio", "Future", nullptr, "aiocc::Object(&aiocc::types::future)"},
    CLASS("asyncio", Event, event_type), CLASS("asyncio", Lock, lock_type),
    CLASS("asyncio", Semaphore, semaphore_type), CLASS("asyncio", BoundedSemaphore, bounded_semaphore_type),
    CLASS("asyncio", Queue, queue_type), CLASS("asyncio", LifoQueue, lifo_queue_type),
    CLASS("asyncio", PriorityQueue, priority_queue_type), CLASS("asyncio", Runner, runner_type),
    CLASS("asyncio", Timeout, timeout_type), FN("asyncio", timeout, "asyncio"),
    FN("asyncio", wait, "asyncio"), FN("asyncio", as_completed, "asyncio"),
    FN("asyncio", new_event_loop, "asyncio"), FN("asyncio", set_event_loop, "asyncio"),
    EXC("asyncio", QueueEmpty), EXC("asyncio", QueueFull),
    {"asyncio", "FIRST_COMPLETED", nullptr, "aiocc::py_str(\"FIRST_COMPLETED\")"},
    {"asyncio", "FIRST_EXCEPTION", nullptr, "aiocc::py_str(\"FIRST_EXCEPTION\")"},
    {"asyncio", "ALL_COMPLETED", nullptr, "aiocc::py_str(\"ALL_COMPLETED\")"},
    EXC("asyncio", CancelledError), EXC("asyncio", InvalidStateError),
    EXC("asyncio", TimeoutError), ASYNCLIB(Condition), ASYNCLIB(Barrier), ASYNCLIB(BrokenBarrierError),
    {"asyncio", "Task", nullptr, "aiocc::Object(&aiocc::types::task)"},
    {"asyncio", "Handle", nullptr, "aiocc::Object(&aiocc::types::handle)"},
    {"asyncio", "TimerHandle", nullptr, "aiocc::Object(&aiocc::types::timer_handle)"},
    {"asyncio", "SelectorEventLoop", nullptr, "aiocc::Object(&aiocc::types::event_loop)"},
    {"asyncio", "AbstractEventLoop", nullptr, "aiocc::Object(&aiocc::asyncio::abstract_event_loop_type)"},
    {"asyncio", "BaseEventLoop", nullptr, "aiocc::Object(&aiocc::asyncio::base_event_loop_type)"},
    {"asyncio", "AbstractEventLoopPolicy", nullptr, "aiocc::Object(&aiocc::asyncio::abstract_policy_type)"},
    {"asyncio", "DefaultEventLoopPolicy", nullptr, "aiocc::Object(&aiocc::asyncio::default_policy_type)"},
    FN("asyncio", get_event_loop_policy, "asyncio"), FN("asyncio", set_event_loop_policy, "asyncio"),
    FN("asyncio", _get_running_loop, "asyncio"), FN("asyncio", _set_running_loop, "asyncio"),
    FN("asyncio", _register_task, "asyncio"), FN("asyncio", _unregister_task, "asyncio"),
    FN("asyncio", _enter_task, "asyncio"), FN("asyncio", _leave_task, "asyncio"),
    {"sys", "stdout", nullptr, "aiocc::sys::stdout_obj"},
    {"sys", "stderr", nullptr, "aiocc::sys::stderr_obj"},
    {"sys", "stdin", nullptr, "aiocc::io_builtins::stdin_obj()"},
    {"sys", "__stdout__", nullptr, "aiocc::sys::original_stdout()"},
    {"sys", "__stderr__", nullptr, "aiocc::sys::original_stderr()"},
    {"sys", "__stdin__", nullptr, "aiocc::io_builtins::original_stdin()"},
    {"sys", "argv", nullptr, "aiocc::sys::argv"}, FN("sys", exit, "sys"),
    {"sys", "platform", nullptr, "aiocc::py_str(\"linux\")"},
    {"sys", "byteorder", nullptr, "aiocc::py_str(\"little\")"},
    {"sys", "maxunicode", nullptr, "aiocc::py_int(static_cast<int64_t>(1114111))"},
    {"sys", "version_info", nullptr, "aiocc::sys::version_info()"},
    {"sys", "version", nullptr, "aiocc::sys::version()"},
    {"sys", "hexversion", nullptr, "aiocc::sys::hexversion()"},
    FN("sys", getrecursionlimit, "sys"), FN("sys", setrecursionlimit, "sys"),
    SYSLIB(path), SYSLIB(executable), SYSLIB(orig_argv), SYSLIB(api_version), SYSLIB(abiflags),
    SYSLIB(platlibdir), SYSLIB(float_repr_style), SYSLIB(pycache_prefix), SYSLIB(copyright),
    SYSLIB(warnoptions), SYSLIB(float_info), SYSLIB(int_info), SYSLIB(hash_info),
    SYSLIB(thread_info), SYSLIB(flags), SYSLIB(dont_write_bytecode), SYSLIB(implementation),
    SYSLIB(getdefaultencoding), SYSLIB(getfilesystemencoding), SYSLIB(getfilesystemencodeerrors),
    SYSLIB(intern), SYSLIB(is_finalizing), SYSLIB(getswitchinterval), SYSLIB(setswitchinterval),
    {"sys", "builtin_module_names", nullptr, "aiocc::sys::builtin_module_names()"},
    {"sys", "stdlib_module_names", nullptr, "aiocc::sys::stdlib_module_names()"}, FN("sys", exception, "sys"),
    FN("sys", exc_info, "sys"), FN("sys", get_int_max_str_digits, "sys"), FN("sys", set_int_max_str_digits, "sys"), {"sys", "maxsize", nullptr, "aiocc::py_int(static_cast<int64_t>(9223372036854775807LL))"},
    // typing: the helpers, and every special form, alias and constant as a value.
    FN("typing", cast, "typing"), FN("typing", assert_type, "typing"),
    FN("typing", assert_never, "typing"), FN("typing", reveal_type, "typing"),
    FN("typing", overload, "typing"), FN("typing", final, "typing"),
    FN("typing", no_type_check, "typing"), FN("typing", no_type_check_decorator, "typing"),
    FN("typing", runtime_checkable, "typing"), FN("typing", dataclass_transform, "typing"),
    FN("typing", get_origin, "typing"), FN("typing", get_args, "typing"),
    FN("typing", is_typeddict, "typing"),
    {"typing", "TypeVar", nullptr, "aiocc::Object(&aiocc::typing::TypeVar_type)"},
    {"typing", "ParamSpec", nullptr, "aiocc::Object(&aiocc::typing::ParamSpec_type)"},
    {"typing", "TypeVarTuple", nullptr, "aiocc::Object(&aiocc::typing::TypeVarTuple_type)"},
    {"typing", "NewType", nullptr, "aiocc::Object(&aiocc::typing::NewType_type)"},
#define TYPING(name) {"typing", #name, nullptr, "aiocc::typing::attr(\"" #name "\")"}
    TYPING(Any), TYPING(NoReturn), TYPING(Never), TYPING(Self), TYPING(LiteralString),
    TYPING(TypeAlias), TYPING(Optional), TYPING(Union), TYPING(ClassVar), TYPING(Final),
    TYPING(Literal), TYPING(Annotated), TYPING(Concatenate), TYPING(TypeGuard), TYPING(Unpack),
    TYPING(Required), TYPING(NotRequired), TYPING(Callable), TYPING(List), TYPING(Dict),
    TYPING(Set), TYPING(FrozenSet), TYPING(Tuple), TYPING(Type), TYPING(AbstractSet),
    TYPING(ByteString), TYPING(Container), TYPING(ContextManager), TYPING(AsyncContextManager),
    TYPING(Hashable), TYPING(ItemsView), TYPING(KeysView), TYPING(ValuesView), TYPING(Iterable),
    TYPING(Iterator), TYPING(AsyncIterable), TYPING(AsyncIterator), TYPING(Mapping),
    TYPING(MappingView), TYPING(MutableMapping), TYPING(MutableSequence), TYPING(MutableSet),
    TYPING(Sequence), TYPING(Sized), TYPING(Awaitable), TYPING(Coroutine), TYPING(Collection),
    TYPING(Generator), TYPING(AsyncGenerator), TYPING(Reversible), TYPING(SupportsAbs),
    TYPING(SupportsBytes), TYPING(SupportsComplex), TYPING(SupportsFloat), TYPING(SupportsIndex),
    TYPING(SupportsInt), TYPING(SupportsRound), TYPING(ChainMap), TYPING(Counter), TYPING(Deque),
    TYPING(DefaultDict), TYPING(OrderedDict), TYPING(IO), TYPING(TextIO), TYPING(BinaryIO),
    TYPING(Match), TYPING(Pattern), TYPING(ParamSpecArgs), TYPING(ParamSpecKwargs),
    TYPING(Generic), TYPING(Protocol), TYPING(TYPE_CHECKING), TYPING(Text), TYPING(AnyStr),
    TYPING(NamedTuple), TYPING(TypedDict),
#undef TYPING
    // dataclasses
    FN("dataclasses", dataclass, "dataclasses"), FN("dataclasses", field, "dataclasses"),
    FN("dataclasses", fields, "dataclasses"), FN("dataclasses", asdict, "dataclasses"),
    FN("dataclasses", astuple, "dataclasses"), FN("dataclasses", replace, "dataclasses"),
    FN("dataclasses", is_dataclass, "dataclasses"),
    {"dataclasses", "FrozenInstanceError", nullptr, "aiocc::Object(&aiocc::dataclasses::FrozenInstanceError_type)"},
    {"dataclasses", "MISSING", nullptr, "aiocc::dataclasses::attr(\"MISSING\")"},
    {"dataclasses", "KW_ONLY", nullptr, "aiocc::dataclasses::attr(\"KW_ONLY\")"},
    {"dataclasses", "InitVar", nullptr, "aiocc::dataclasses::attr(\"InitVar\")"},
    {"dataclasses", "Field", nullptr, "aiocc::dataclasses::attr(\"Field\")"},
    // enum (the verify/boundary machinery is not built yet: Flag is STRICT, IntFlag KEEP)
    FN("enum", unique, "enums"),
    {"enum", "auto", nullptr, "aiocc::Object(&aiocc::enums::auto_type)"},
    {"enum", "Enum", nullptr, "aiocc::enums::attr(\"Enum\")"},
    {"enum", "IntEnum", nullptr, "aiocc::enums::attr(\"IntEnum\")"},
    {"enum", "StrEnum", nullptr, "aiocc::enums::attr(\"StrEnum\")"},
    {"enum", "ReprEnum", nullptr, "aiocc::enums::attr(\"ReprEnum\")"},
    {"enum", "Flag", nullptr, "aiocc::enums::attr(\"Flag\")"},
    {"enum", "IntFlag", nullptr, "aiocc::enums::attr(\"IntFlag\")"},
    {"enum", "EnumType", nullptr, "aiocc::Object(&aiocc::enums::EnumType_type)"},
    {"enum", "EnumMeta", nullptr, "aiocc::Object(&aiocc::enums::EnumType_type)"},
    // abc
    FN("abc", abstractmethod, "abc"), FN("abc", update_abstractmethods, "abc"),
    {"abc", "ABC", nullptr, "aiocc::abc::abc_class()"},
    {"abc", "ABCMeta", nullptr, "aiocc::Object(&aiocc::abc::ABCMeta_type)"},
    // math: every function, and the constants
    FN("math", acos, "math"), FN("math", acosh, "math"), FN("math", asin, "math"),
    FN("math", asinh, "math"), FN("math", atan, "math"), FN("math", atan2, "math"),
    FN("math", atanh, "math"), FN("math", cbrt, "math"), FN("math", ceil, "math"),
    FN("math", comb, "math"), FN("math", copysign, "math"), FN("math", cos, "math"),
    FN("math", cosh, "math"), FN("math", degrees, "math"), FN("math", dist, "math"),
    FN("math", erf, "math"), FN("math", erfc, "math"), FN("math", exp, "math"),
    FN("math", exp2, "math"), FN("math", expm1, "math"), FN("math", fabs, "math"),
    FN("math", factorial, "math"), FN("math", floor, "math"), FN("math", fmod, "math"),
    FN("math", frexp, "math"), FN("math", fsum, "math"), FN("math", gamma, "math"),
    FN("math", gcd, "math"), FN("math", hypot, "math"), FN("math", isclose, "math"),
    FN("math", isfinite, "math"), FN("math", isinf, "math"), FN("math", isnan, "math"),
    FN("math", isqrt, "math"), FN("math", lcm, "math"), FN("math", ldexp, "math"),
    FN("math", lgamma, "math"), FN("math", log, "math"), FN("math", log10, "math"),
    FN("math", log1p, "math"), FN("math", log2, "math"), FN("math", modf, "math"),
    FN("math", nextafter, "math"), FN("math", perm, "math"), FN("math", pow, "math"),
    FN("math", prod, "math"), FN("math", radians, "math"), FN("math", remainder, "math"),
    FN("math", sin, "math"), FN("math", sinh, "math"), FN("math", sqrt, "math"),
    FN("math", tan, "math"), FN("math", tanh, "math"), FN("math", trunc, "math"),
    FN("math", ulp, "math"),
    {"math", "pi", nullptr, "aiocc::Object::from_float(3.141592653589793)"},
    {"math", "e", nullptr, "aiocc::Object::from_float(2.718281828459045)"},
    {"math", "tau", nullptr, "aiocc::Object::from_float(6.283185307179586)"},
    {"math", "inf", nullptr, "aiocc::Object::from_float(__builtin_inf())"},
    {"math", "nan", nullptr, "aiocc::Object::from_float(__builtin_nan(\"\"))"},
    // itertools: the iterator types, and tee
    {"itertools", "accumulate", nullptr, "aiocc::Object(&aiocc::itertools::accumulate_type)"},
    {"itertools", "chain", nullptr, "aiocc::Object(&aiocc::itertools::chain_type)"},
    {"itertools", "combinations", nullptr, "aiocc::Object(&aiocc::itertools::combinations_type)"},
    {"itertools", "combinations_with_replacement", nullptr, "aiocc::Object(&aiocc::itertools::combinations_with_replacement_type)"},
    {"itertools", "compress", nullptr, "aiocc::Object(&aiocc::itertools::compress_type)"},
    {"itertools", "count", nullptr, "aiocc::Object(&aiocc::itertools::count_type)"},
    {"itertools", "cycle", nullptr, "aiocc::Object(&aiocc::itertools::cycle_type)"},
    {"itertools", "dropwhile", nullptr, "aiocc::Object(&aiocc::itertools::dropwhile_type)"},
    {"itertools", "filterfalse", nullptr, "aiocc::Object(&aiocc::itertools::filterfalse_type)"},
    {"itertools", "groupby", nullptr, "aiocc::Object(&aiocc::itertools::groupby_type)"},
    {"itertools", "islice", nullptr, "aiocc::Object(&aiocc::itertools::islice_type)"},
    {"itertools", "pairwise", nullptr, "aiocc::Object(&aiocc::itertools::pairwise_type)"},
    {"itertools", "permutations", nullptr, "aiocc::Object(&aiocc::itertools::permutations_type)"},
    {"itertools", "product", nullptr, "aiocc::Object(&aiocc::itertools::product_type)"},
    {"itertools", "repeat", nullptr, "aiocc::Object(&aiocc::itertools::repeat_type)"},
    {"itertools", "starmap", nullptr, "aiocc::Object(&aiocc::itertools::starmap_type)"},
    {"itertools", "takewhile", nullptr, "aiocc::Object(&aiocc::itertools::takewhile_type)"},
    {"itertools", "zip_longest", nullptr, "aiocc::Object(&aiocc::itertools::zip_longest_type)"},
    FN("itertools", tee, "itertools"),
    // bisect and heapq (heapq.merge is not built yet)
    FN("bisect", bisect_left, "bisect"), FN("bisect", bisect_right, "bisect"), FN("bisect", insort_left, "bisect"),
    FN("bisect", insort_right, "bisect"),
    {"bisect", "bisect", "aiocc::bisect::bisect_right", "aiocc::builtin_value(aiocc::bisect::bisect_right_fn)"},
    {"bisect", "insort", "aiocc::bisect::insort_right", "aiocc::builtin_value(aiocc::bisect::insort_right_fn)"},
    // heapq's C functions, for runtime/lib/heapq.py.
    FN("_aiocc", heapify, "heapq"), FN("_aiocc", heappop, "heapq"), FN("_aiocc", heappush, "heapq"),
    FN("_aiocc", heappushpop, "heapq"), FN("_aiocc", heapreplace, "heapq"),
    // operator (length_hint is not built yet); in C++ op_<name>
#define OP(name) {"operator", #name, "aiocc::operator_module::op_" #name, "aiocc::builtin_value(aiocc::operator_module::op_" #name "_fn)"}
    OP(abs), OP(add), OP(length_hint),
    OP(and_), OP(call),
    OP(concat), OP(contains),
    OP(countOf), OP(delitem),
    OP(eq), OP(floordiv),
    OP(ge), OP(getitem),
    OP(gt), OP(iadd),
    OP(iand), OP(iconcat),
    OP(ifloordiv), OP(ilshift),
    OP(imatmul), OP(imod),
    OP(imul), OP(index),
    OP(indexOf), OP(inv),
    OP(invert), OP(ior),
    OP(ipow), OP(irshift),
    OP(is_), OP(is_not),
    OP(isub), OP(itruediv),
    OP(ixor), OP(le),
    OP(lshift), OP(lt),
    OP(matmul), OP(mod),
    OP(mul), OP(ne),
    OP(neg), OP(not_),
    OP(or_), OP(pos),
    OP(pow), OP(rshift),
    OP(setitem), OP(sub),
    OP(truediv), OP(truth),
    OP(xor),
#undef OP
    {"operator", "itemgetter", nullptr, "aiocc::Object(&aiocc::operator_module::itemgetter_type)"},
    {"operator", "attrgetter", nullptr, "aiocc::Object(&aiocc::operator_module::attrgetter_type)"},
    {"operator", "methodcaller", nullptr, "aiocc::Object(&aiocc::operator_module::methodcaller_type)"},
    // copy
    FN("copy", copy, "copy"), FN("copy", deepcopy, "copy"),
    {"copy", "Error", nullptr, "aiocc::Object(&aiocc::copy::Error_type)"},
    {"copy", "error", nullptr, "aiocc::Object(&aiocc::copy::Error_type)"},
    // _random (the Mersenne Twister random.py derives from) and aiocc's private helpers of its
    // library modules (runtime/lib: random.py)
    {"_random", "Random", nullptr, "aiocc::Object(&aiocc::random_module::random_type)"},
    FN("_aiocc", urandom, "private_module"), FN("_aiocc", sha512, "private_module"),
    FN("_aiocc", is_sequence, "private_module"), FN("_aiocc", is_mapping, "private_module"),
    FN("_aiocc", warn, "private_module"), FN("_aiocc", namedtuple, "private_module"),
    FN("_aiocc", float_pack, "private_module"), FN("_aiocc", float_unpack, "private_module"),
    FN("_aiocc", tb_entries, "private_module"), FN("_aiocc", display_width, "private_module"),
    FN("_aiocc", set_warn_hooks, "private_module"), FN("_aiocc", register_abcs, "private_module"),
    FN("_aiocc", builtin_type, "private_module"), FN("_aiocc", generic_alias, "private_module"),
    FN("_aiocc", regex_compile, "private_module"), FN("_aiocc", regex_match, "private_module"),
    FN("_aiocc", regex_slice, "private_module"),
    FN("_aiocc", unicode_lookup, "private_module"), FN("_aiocc", mappingproxy, "private_module"),
    FN("_aiocc", hash_new, "private_module"), FN("_aiocc", hash_available, "private_module"),
    FN("_aiocc", pbkdf2_hmac, "private_module"), FN("_aiocc", blake2_type, "private_module"),
    FN("_aiocc", type_name, "private_module"), FN("_aiocc", getenv, "private_module"),
    FN("_aiocc", terminal_size, "private_module"), FN("_aiocc", frames, "private_module"),
    FN("_aiocc", getpid, "private_module"),
    FN("_aiocc", context_current, "contextvars"), FN("_aiocc", context_switch, "contextvars"),
    FN("_aiocc", atexit_register, "private_module"),
    // The time module's (runtime/lib/time.py).
    FN("_aiocc", os_open, "posix_module"), FN("_aiocc", os_read, "posix_module"),
    FN("_aiocc", os_write, "posix_module"), FN("_aiocc", os_close, "posix_module"),
    FN("_aiocc", os_lseek, "posix_module"), FN("_aiocc", os_stat, "posix_module"),
    FN("_aiocc", os_isatty, "posix_module"), FN("_aiocc", os_ftruncate, "posix_module"),
    FN("_aiocc", os_truncate, "posix_module"), FN("_aiocc", os_listdir, "posix_module"),
    FN("_aiocc", os_mkdir, "posix_module"), FN("_aiocc", os_rmdir, "posix_module"),
    FN("_aiocc", os_unlink, "posix_module"), FN("_aiocc", os_rename, "posix_module"),
    FN("_aiocc", os_getcwd, "posix_module"), FN("_aiocc", os_chdir, "posix_module"),
    FN("_aiocc", os_strerror, "posix_module"), FN("_aiocc", os_access, "posix_module"),
    FN("_aiocc", os_environ, "posix_module"), FN("_aiocc", os_putenv, "posix_module"),
    FN("_aiocc", os_unsetenv, "posix_module"), FN("_aiocc", os_cpu_count, "posix_module"),
    FN("_aiocc", os_readlink, "posix_module"), FN("_aiocc", os_symlink, "posix_module"),
    FN("_aiocc", os_link, "posix_module"), FN("_aiocc", os_chmod, "posix_module"),
    FN("_aiocc", os_utime, "posix_module"), FN("_aiocc", os_umask, "posix_module"),
    FN("_aiocc", os_ids, "posix_module"), FN("_aiocc", os_uname, "posix_module"),
    FN("_aiocc", os_kill, "posix_module"), FN("_aiocc", os_fsync, "posix_module"),
    FN("_aiocc", os_dup, "posix_module"), FN("_aiocc", os_dup2, "posix_module"),
    FN("_aiocc", os_pipe, "posix_module"), FN("_aiocc", os_get_inheritable, "posix_module"),
    FN("_aiocc", os_set_inheritable, "posix_module"), FN("_aiocc", os_get_blocking, "posix_module"),
    FN("_aiocc", os_set_blocking, "posix_module"), FN("_aiocc", os_exit, "posix_module"),
    FN("_aiocc", os_getloadavg, "posix_module"), FN("_aiocc", os_times, "posix_module"),
    FN("_aiocc", locale_encoding, "posix_module"), FN("_aiocc", errno_codes, "posix_module"),
    FN("_aiocc", pwd_lookup, "posix_module"), FN("_aiocc", pwd_all, "posix_module"),
    FN("_aiocc", grp_lookup, "posix_module"), FN("_aiocc", grp_all, "posix_module"),
    FN("_aiocc", sys_facts, "posix_module"),
    FN("_aiocc", monotonic, "time_module"), FN("_aiocc", time, "time_module"),
    FN("_aiocc", monotonic_ns, "time_module"), FN("_aiocc", time_ns, "time_module"),
    FN("_aiocc", perf_counter_ns, "time_module"), FN("_aiocc", perf_counter, "time_module"),
    FN("_aiocc", sleep, "time_module"), FN("_aiocc", time_tm, "time_module"),
    FN("_aiocc", time_mktime, "time_module"), FN("_aiocc", time_strftime, "time_module"),
    FN("_aiocc", time_asctime, "time_module"), FN("_aiocc", time_ctime, "time_module"),
    FN("_aiocc", time_zone, "time_module"), FN("_aiocc", clock_gettime, "time_module"),
    FN("_aiocc", clock_gettime_ns, "time_module"), FN("_aiocc", clock_getres, "time_module"),
    // functools
    FN("functools", update_wrapper, "functools"), FN("functools", wraps, "functools"),
    FN("functools", reduce, "functools"), FN("functools", lru_cache, "functools"),
    FN("functools", cache, "functools"), FN("functools", total_ordering, "functools"),
    FN("functools", cmp_to_key, "functools"), FN("functools", singledispatch, "functools"),
    {"functools", "partial", nullptr, "aiocc::Object(&aiocc::functools::partial_type)"},
    {"functools", "cached_property", nullptr, "aiocc::Object(&aiocc::functools::cached_property_type)"},
    {"functools", "partialmethod", nullptr, "aiocc::Object(&aiocc::functools::partialmethod_type)"},
    {"functools", "singledispatchmethod", nullptr, "aiocc::Object(&aiocc::functools::singledispatchmethod_type)"},
    {"functools", "WRAPPER_ASSIGNMENTS", nullptr, "aiocc::functools::attr(\"WRAPPER_ASSIGNMENTS\")"},
    {"functools", "WRAPPER_UPDATES", nullptr, "aiocc::functools::attr(\"WRAPPER_UPDATES\")"},
};


#undef FN
#undef TYPE
#undef EXC
#undef CLASS
#undef SYSLIB
#undef ASYNCLIB

}  // namespace

int find_builtin(std::string_view module, std::string_view name) {
  for (size_t i = 0; i < std::size(kTable); ++i) {
    if (module == kTable[i].module && name == kTable[i].name) return static_cast<int>(i);
  }
  return -1;
}

const BuiltinEntry& builtin_entry(int index) { return kTable[index]; }
int builtin_count() { return static_cast<int>(std::size(kTable)); }

// Every name CPython 3.11's builtins module defines (dir(builtins), less True/False/None),
// checked against python3 by tests/cli/builtins_test.py. A name here that kTable lacks is
// refused at compile time, never left to fail at run time.
const char* const kCPythonBuiltins[] = {
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
    "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
    "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError",
    "Exception", "ExceptionGroup", "FileExistsError", "FileNotFoundError", "FloatingPointError",
    "FutureWarning", "GeneratorExit", "IOError", "ImportError", "ImportWarning",
    "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError", "KeyError",
    "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError", "NameError",
    "NotADirectoryError", "NotImplemented", "NotImplementedError", "OSError", "OverflowError",
    "PendingDeprecationWarning", "PermissionError", "ProcessLookupError", "RecursionError",
    "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning", "StopAsyncIteration",
    "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
    "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError",
    "Warning", "ZeroDivisionError", "__build_class__", "__debug__", "__doc__", "__import__",
    "__loader__", "__name__", "__package__", "__spec__", "abs", "aiter", "all", "anext", "any",
    "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod",
    "compile", "complex", "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate",
    "eval", "exec", "exit", "filter", "float", "format", "frozenset", "getattr", "globals",
    "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter",
    "len", "license", "list", "locals", "map", "max", "memoryview", "min", "next", "object",
    "oct", "open", "ord", "pow", "print", "property", "quit", "range", "repr", "reversed",
    "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple",
    "type", "vars", "zip",
};

bool is_assignable_module_attribute(std::string_view module, std::string_view name) {
  return module == "sys" && (name == "stdout" || name == "stderr" || name == "stdin");
}

bool is_unsupported_builtin(std::string_view name) {
  for (const char* n : kCPythonBuiltins) {
    if (name == n) return find_builtin("", name) < 0;
  }
  return false;
}

// dir(asyncio.new_event_loop()) in CPython 3.11, less the methods aiocc's loop implements
// (runtime/src/loop/event_loop.cpp, LoopObject).
constexpr const char* kUnsupportedLoopMethods[] = {
    "add_reader", "add_signal_handler", "add_writer",
    "call_soon_threadsafe", "connect_accepted_socket", "connect_read_pipe", "connect_write_pipe",
    "create_connection", "create_datagram_endpoint", "create_server", "create_unix_connection",
    "create_unix_server",
    "getaddrinfo", "getnameinfo", "remove_reader", "remove_signal_handler",
    "remove_writer", "run_in_executor", "sendfile", "set_default_executor",
    "slow_callback_duration", "sock_accept", "sock_connect", "sock_recv", "sock_recv_into",
    "sock_recvfrom", "sock_recvfrom_into", "sock_sendall", "sock_sendfile", "sock_sendto",
    "start_tls", "subprocess_exec", "subprocess_shell",
};

// A task's get_stack/print_stack: frame objects, which a compiled program does not have.
constexpr const char* kUnsupportedTaskMethods[] = {"get_stack", "print_stack"};
// The policy's child watchers: subprocesses (the network issue).
constexpr const char* kUnsupportedPolicyMethods[] = {"get_child_watcher", "set_child_watcher"};

const char* unsupported_method_owner(std::string_view name) {
  for (const char* n : kUnsupportedLoopMethods) {
    if (name == n) return "event loop method";
  }
  for (const char* n : kUnsupportedTaskMethods) {
    if (name == n) return "Task method";
  }
  for (const char* n : kUnsupportedPolicyMethods) {
    if (name == n) return "event loop policy method";
  }
  return nullptr;
}

bool cpython_module_has(std::string_view module, std::string_view name) {
  for (const auto& m : cpython_names::kModules) {
    if (module != m.name) continue;
    for (int i = 0; i < m.count; ++i) {
      if (name == m.names[i]) return true;
    }
    return false;
  }
  return true;  // not asked of CPython: refused
}

bool is_supported_module(std::string_view module) {
  return module == "asyncio" || module == "sys" || module == "typing" ||
         module == "dataclasses" || module == "functools" ||
         module == "abc" || module == "enum" || module == "math" ||
         module == "itertools" || module == "bisect" ||
         module == "operator" || module == "copy" || module == "_random" ||
         module == "_aiocc";
}

}  // namespace aiocc
