"""The names of sys that CPython's sysmodule.c builds from the interpreter's configuration:
struct sequences, the search path, the encodings, the flags. The frontend's table binds each
`sys.NAME` here to this module's NAME (runtime/src/modules/sys_lib.cpp); sys's other names are
the runtime's own (runtime/src/objects/sys.cpp).

A native program is its own interpreter, as a frozen one is: sys.executable is the program's
file, sys.path[0] the directory of the script it was compiled from, then PYTHONPATH's entries.
Not built: the import machinery (modules, meta_path, path_hooks, path_importer_cache), the
installation's prefixes, tracing and profiling, audit hooks, the hooks CPython calls
(excepthook, displayhook, unraisablehook, breakpointhook), allocation and reference counts
(getsizeof, getrefcount, getallocatedblocks), dlopen flags and asyncgen hooks."""

from _aiocc import sys_facts as _facts, getenv as _getenv, builtin_type as _builtin_type
from _aiocc_structseq import structseq as _structseq, member as _member
import sys as _sys
from _aiocc_namespace import SimpleNamespace

_script_dir, executable, _utf8_mode, _pthread_version = _facts()


def _env_int(name):  # cpython: builtin
    """A PYTHON* variable that counts (config_init_env_flag): 0 unset or empty, its value when
    a non-negative int, else 1."""
    value = _getenv(name)
    if not value:
        return 0
    try:
        n = int(value)
    except ValueError:
        return 1
    return n if n >= 0 else 1


def _env_flag(name):  # cpython: builtin
    return 1 if _getenv(name) else 0


def _search_path():  # cpython: builtin
    path = [_script_dir]
    pythonpath = _getenv('PYTHONPATH')
    if pythonpath:
        import posixpath
        path += [posixpath.abspath(p) for p in pythonpath.split(':')]
    return path


path = _search_path()
orig_argv = list(_sys.argv)
api_version = 1013
abiflags = ''
platlibdir = 'lib'
float_repr_style = 'short'
pycache_prefix = None
copyright = ('Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n'
             'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n'
             'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n'
             'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.')
warnoptions = [w for w in (_getenv('PYTHONWARNINGS') or '').split(',') if w]




class float_info(_structseq):  # cpython: builtin
    """sys.float_info

A named tuple holding information about the float type. It contains low level
information about the precision and internal representation. Please study
your system's :file:`float.h` for more information."""
    __module__ = 'sys'
    _type_name = 'sys.float_info'
    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon',
               'radix', 'rounds')
    n_sequence_fields = n_fields = 11
    __match_args__ = _fields
    max = _member('sys.float_info', 0, 'max', "DBL_MAX -- maximum representable finite float")
    max_exp = _member('sys.float_info', 1, 'max_exp', "DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable")
    max_10_exp = _member('sys.float_info', 2, 'max_10_exp', "DBL_MAX_10_EXP -- maximum int e such that 10**e is representable")
    min = _member('sys.float_info', 3, 'min', "DBL_MIN -- Minimum positive normalized float")
    min_exp = _member('sys.float_info', 4, 'min_exp', "DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float")
    min_10_exp = _member('sys.float_info', 5, 'min_10_exp', "DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized float")
    dig = _member('sys.float_info', 6, 'dig', "DBL_DIG -- maximum number of decimal digits that can be faithfully represented in a float")
    mant_dig = _member('sys.float_info', 7, 'mant_dig', "DBL_MANT_DIG -- mantissa digits")
    epsilon = _member('sys.float_info', 8, 'epsilon', "DBL_EPSILON -- Difference between 1 and the next representable float")
    radix = _member('sys.float_info', 9, 'radix', "FLT_RADIX -- radix of exponent")
    rounds = _member('sys.float_info', 10, 'rounds', "FLT_ROUNDS -- rounding mode used for arithmetic operations")


class int_info(_structseq):  # cpython: builtin
    """sys.int_info

A named tuple that holds information about Python's
internal representation of integers.  The attributes are read only."""
    __module__ = 'sys'
    _type_name = 'sys.int_info'
    _fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold')
    n_sequence_fields = n_fields = 4
    __match_args__ = _fields
    bits_per_digit = _member('sys.int_info', 0, 'bits_per_digit', "size of a digit in bits")
    sizeof_digit = _member('sys.int_info', 1, 'sizeof_digit', "size in bytes of the C type used to represent a digit")
    default_max_str_digits = _member('sys.int_info', 2, 'default_max_str_digits', "maximum string conversion digits limitation")
    str_digits_check_threshold = _member('sys.int_info', 3, 'str_digits_check_threshold', "minimum positive value for int_max_str_digits")


class hash_info(_structseq):  # cpython: builtin
    """hash_info

A named tuple providing parameters used for computing
hashes. The attributes are read only."""
    __module__ = 'sys'
    _type_name = 'sys.hash_info'
    _fields = ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff')
    n_sequence_fields = n_fields = 9
    __match_args__ = _fields
    width = _member('sys.hash_info', 0, 'width', "width of the type used for hashing, in bits")
    modulus = _member('sys.hash_info', 1, 'modulus', "prime number giving the modulus on which the hash function is based")
    inf = _member('sys.hash_info', 2, 'inf', "value to be used for hash of a positive infinity")
    nan = _member('sys.hash_info', 3, 'nan', "value to be used for hash of a nan")
    imag = _member('sys.hash_info', 4, 'imag', "multiplier used for the imaginary part of a complex number")
    algorithm = _member('sys.hash_info', 5, 'algorithm', "name of the algorithm for hashing of str, bytes and memoryviews")
    hash_bits = _member('sys.hash_info', 6, 'hash_bits', "internal output size of hash algorithm")
    seed_bits = _member('sys.hash_info', 7, 'seed_bits', "seed size of hash algorithm")
    cutoff = _member('sys.hash_info', 8, 'cutoff', "small string optimization cutoff")


class thread_info(_structseq):  # cpython: builtin
    """sys.thread_info

A named tuple holding information about the thread implementation."""
    __module__ = 'sys'
    _type_name = 'sys.thread_info'
    _fields = ('name', 'lock', 'version')
    n_sequence_fields = n_fields = 3
    __match_args__ = _fields
    name = _member('sys.thread_info', 0, 'name', "name of the thread implementation")
    lock = _member('sys.thread_info', 1, 'lock', "name of the lock implementation")
    version = _member('sys.thread_info', 2, 'version', "name and version of the thread library")


class flags(_structseq):  # cpython: builtin
    """sys.flags

Flags provided through command line arguments or environment vars."""
    __module__ = 'sys'
    _type_name = 'sys.flags'
    _fields = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
               'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
               'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits')
    n_sequence_fields = n_fields = 18
    __match_args__ = _fields
    debug = _member('sys.flags', 0, 'debug', "-d")
    inspect = _member('sys.flags', 1, 'inspect', "-i")
    interactive = _member('sys.flags', 2, 'interactive', "-i")
    optimize = _member('sys.flags', 3, 'optimize', "-O or -OO")
    dont_write_bytecode = _member('sys.flags', 4, 'dont_write_bytecode', "-B")
    no_user_site = _member('sys.flags', 5, 'no_user_site', "-s")
    no_site = _member('sys.flags', 6, 'no_site', "-S")
    ignore_environment = _member('sys.flags', 7, 'ignore_environment', "-E")
    verbose = _member('sys.flags', 8, 'verbose', "-v")
    bytes_warning = _member('sys.flags', 9, 'bytes_warning', "-b")
    quiet = _member('sys.flags', 10, 'quiet', "-q")
    hash_randomization = _member('sys.flags', 11, 'hash_randomization', "-R")
    isolated = _member('sys.flags', 12, 'isolated', "-I")
    dev_mode = _member('sys.flags', 13, 'dev_mode', "-X dev")
    utf8_mode = _member('sys.flags', 14, 'utf8_mode', "-X utf8")
    warn_default_encoding = _member('sys.flags', 15, 'warn_default_encoding', "-X warn_default_encoding")
    safe_path = _member('sys.flags', 16, 'safe_path', "-P")
    int_max_str_digits = _member('sys.flags', 17, 'int_max_str_digits', "-X int_max_str_digits")


for _t in (float_info, int_info, hash_info, thread_info, flags):
    _builtin_type(_t, _t._type_name)

float_info = float_info((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                         2.220446049250313e-16, 2, 1))
int_info = int_info((30, 4, 4300, 640))
hash_info = hash_info((64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
thread_info = thread_info(('pthread', 'semaphore', _pthread_version or None))


def _int_max_str_digits():  # cpython: builtin
    value = _getenv('PYTHONINTMAXSTRDIGITS')
    try:
        return int(value) if value else -1
    except ValueError:
        return -1


_hashseed = _getenv('PYTHONHASHSEED')
flags = flags((_env_int('PYTHONDEBUG'), _env_flag('PYTHONINSPECT'), 0, _env_int('PYTHONOPTIMIZE'),
               _env_flag('PYTHONDONTWRITEBYTECODE'), _env_flag('PYTHONNOUSERSITE'), 0, 0, _env_int('PYTHONVERBOSE'),
               0, 0, 0 if _hashseed == '0' else 1, 0, bool(_getenv('PYTHONDEVMODE')), int(_utf8_mode),
               _env_flag('PYTHONWARNDEFAULTENCODING'), bool(_getenv('PYTHONSAFEPATH')), _int_max_str_digits()))
dont_write_bytecode = bool(flags.dont_write_bytecode)
implementation = SimpleNamespace(name='cpython', cache_tag='cpython-311', version=_sys.version_info,
                                 hexversion=_sys.hexversion,
                                 _multiarch='x86_64-linux-gnu')

_switch_interval = 0.005
_interned = {}


def getdefaultencoding():  # cpython: builtin
    """Return the current default encoding used by the Unicode implementation."""
    return 'utf-8'


def getfilesystemencoding():  # cpython: builtin
    """Return the encoding used to convert Unicode filenames to OS filenames."""
    return 'utf-8'


def getfilesystemencodeerrors():  # cpython: builtin
    """Return the error mode used Unicode to OS filename conversion."""
    return 'surrogateescape'


def intern(string, /):  # cpython: builtin
    """``Intern'' the given string.

This enters the string in the (global) table of interned strings whose
purpose is to speed up dictionary lookups. Return the string itself or
the previously interned string object with the same value."""
    if not isinstance(string, str):
        raise TypeError("intern() argument must be str, not %s" % ("None" if string is None else type(string).__name__))
    if type(string) is not str:
        raise TypeError("can't intern %s" % type(string).__name__)
    return _interned.setdefault(string, string)


def is_finalizing():  # cpython: builtin
    """Return True if Python is exiting."""
    return False


def getswitchinterval():  # cpython: builtin
    """Return the current thread switch interval; see sys.setswitchinterval()."""
    return _switch_interval


def setswitchinterval(interval, /):  # cpython: builtin
    """Set the ideal thread switching delay inside the Python interpreter.

The actual frequency of switching threads can be lower if the
interpreter executes long sequences of uninterruptible code
(e.g. slow I/O) or if thread switching is disabled.

The parameter must represent the desired switching delay in seconds
A typical value is 0.005 (5 milliseconds)."""
    global _switch_interval
    if isinstance(interval, float):
        value = interval
    elif hasattr(type(interval), '__float__') or hasattr(type(interval), '__index__'):
        value = float(interval)
    else:
        raise TypeError("must be real number, not %s" % type(interval).__name__)
    if value <= 0.0:
        raise ValueError("switch interval must be strictly positive")
    _switch_interval = value
