"""This module provides various functions to manipulate time values.

There are two standard representations of time.  One is the number
of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer
or a floating point number (to represent fractions of seconds).
The Epoch is system-defined; on Unix, it is generally January 1st, 1970.
The actual value can be retrieved by calling gmtime(0).

The other representation is a tuple of 9 integers giving local time.
The tuple items are:
  year (including century, e.g. 1998)
  month (1-12)
  day (1-31)
  hours (0-23)
  minutes (0-59)
  seconds (0-59)
  weekday (0-6, Monday is 0)
  Julian day (day in the year, 1-366)
  DST (Daylight Savings Time) flag (-1, 0 or 1)
If the DST flag is 0, the time is given in the regular time zone;
if it is 1, the time is given in the DST time zone;
if it is -1, mktime() should guess based on the date and time.
"""

# aiocc's time: CPython's C module (Modules/timemodule.c) with the clocks and the struct tm
# conversions on the C side (runtime/src/modules/time.cpp) and struct_time, a structseq, here.
# Not built: clock_settime/clock_settime_ns and pthread_getcpuclockid.

from _aiocc import (monotonic, monotonic_ns, perf_counter, perf_counter_ns, sleep, time, time_ns,
                    clock_gettime, clock_gettime_ns, clock_getres, time_tm as _tm, time_mktime as _mktime,
                    time_strftime as _strftime, time_asctime as _asctime, time_ctime as _ctime,
                    time_zone as _zone, builtin_type as _builtin_type)
from _aiocc_structseq import structseq as _structseq, member as _member
from _aiocc_namespace import SimpleNamespace as _SimpleNamespace

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11
_STRUCT_TM_ITEMS = 11
_absent = object()

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
           'tm_isdst', 'tm_zone', 'tm_gmtoff')


class struct_time(_structseq):  # cpython: builtin
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers.

 Note that several fields' values are not the same as those defined by
 the C language standard for struct tm.  For example, the value of the
 field tm_year is the actual year, not year - 1900.  See individual
 fields' descriptions for details."""

    _type_name = 'time.struct_time'
    _fields = _FIELDS
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __match_args__ = _FIELDS[:9]

    tm_year = _member('time.struct_time', 0, 'tm_year', "year, for example, 1993")
    tm_mon = _member('time.struct_time', 1, 'tm_mon', "month of year, range [1, 12]")
    tm_mday = _member('time.struct_time', 2, 'tm_mday', "day of month, range [1, 31]")
    tm_hour = _member('time.struct_time', 3, 'tm_hour', "hours, range [0, 23]")
    tm_min = _member('time.struct_time', 4, 'tm_min', "minutes, range [0, 59]")
    tm_sec = _member('time.struct_time', 5, 'tm_sec', "seconds, range [0, 61])")
    tm_wday = _member('time.struct_time', 6, 'tm_wday', "day of week, range [0, 6], Monday is 0")
    tm_yday = _member('time.struct_time', 7, 'tm_yday', "day of year, range [1, 366]")
    tm_isdst = _member('time.struct_time', 8, 'tm_isdst', "1 if summer time is in effect, 0 if not, and -1 if unknown")
    tm_zone = _member('time.struct_time', 9, 'tm_zone', "abbreviation of timezone name")
    tm_gmtoff = _member('time.struct_time', 10, 'tm_gmtoff', "offset from UTC in seconds")


_builtin_type(struct_time, 'time.struct_time')


def _fields(t):  # cpython: builtin
    """A struct_time's zone and offset, which plain tuples do not have."""
    if type(t) is struct_time:
        return t._extra
    return (None, None)


def gmtime(seconds=None, /):  # cpython: builtin
    """gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,
                       tm_sec, tm_wday, tm_yday, tm_isdst)

Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.
GMT).  When 'seconds' is not passed in, convert the current time instead.

If the platform supports the tm_gmtoff and tm_zone, they are available as
attributes only."""
    return struct_time(_tm(seconds, False))


def localtime(seconds=None, /):  # cpython: builtin
    """localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,
                          tm_sec,tm_wday,tm_yday,tm_isdst)

Convert seconds since the Epoch to a time tuple expressing local time.
When 'seconds' is not passed in, convert the current time instead."""
    return struct_time(_tm(seconds, True))


def mktime(t, /):  # cpython: builtin
    """mktime(tuple) -> floating point number

Convert a time tuple in local time to seconds since the Epoch.
Note that mktime(gmtime(0)) will not generally return zero for most
time zones; instead the returned value will either be equal to that
of the timezone or altzone attributes on the time module."""
    return _mktime(t)


def strftime(format, t=_absent, /):  # cpython: builtin
    """strftime(format[, tuple]) -> string

Convert a time tuple to a string according to a format specification.
See the library reference manual for formatting codes. When the time tuple
is not present, current time as returned by localtime() is used.

Commonly used format codes:

%Y  Year with century as a decimal number.
%m  Month as a decimal number [01,12].
%d  Day of the month as a decimal number [01,31].
%H  Hour (24-hour clock) as a decimal number [00,23].
%M  Minute as a decimal number [00,59].
%S  Second as a decimal number [00,61].
%z  Time zone offset from UTC.
%a  Locale's abbreviated weekday name.
%A  Locale's full weekday name.
%b  Locale's abbreviated month name.
%B  Locale's full month name.
%c  Locale's appropriate date and time representation.
%I  Hour (12-hour clock) as a decimal number [01,12].
%p  Locale's equivalent of either AM or PM.

Other codes may be available on your platform.  See documentation for
the C library strftime function.
"""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is _absent:
        t = localtime()
    zone, gmtoff = _fields(t)
    return _strftime(format, t, zone, gmtoff)


def asctime(t=_absent, /):  # cpython: builtin
    """asctime([tuple]) -> string

Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.
When the time tuple is not present, current time as returned by localtime()
is used."""
    if t is _absent:
        t = localtime()
    return _asctime(t)


def ctime(seconds=None, /):  # cpython: builtin
    """ctime(seconds) -> string

Convert a time in seconds since the Epoch to a string in local time.
This is equivalent to asctime(localtime(seconds)). When the time tuple is
not present, current time as returned by localtime() is used."""
    return _ctime(seconds)


def strptime(string, format="%a %b %d %H:%M:%S %Y", /):  # cpython: builtin
    """strptime(string, format) -> struct_time

Parse a string to a time tuple according to a format specification.
See the library reference manual for formatting codes (same as
strftime()).

Commonly used format codes:

%Y  Year with century as a decimal number.
%m  Month as a decimal number [01,12].
%d  Day of the month as a decimal number [01,31].
%H  Hour (24-hour clock) as a decimal number [00,23].
%M  Minute as a decimal number [00,59].
%S  Second as a decimal number [00,61].
%z  Time zone offset from UTC.
%a  Locale's abbreviated weekday name.
%A  Locale's full weekday name.
%b  Locale's abbreviated month name.
%B  Locale's full month name.
%c  Locale's appropriate date and time representation.
%I  Hour (12-hour clock) as a decimal number [01,12].
%p  Locale's equivalent of either AM or PM.

Other codes may be available on your platform.  See documentation for
the C library strftime function.
"""
    import _strptime
    return _strptime._strptime_time(string, format)


def process_time():  # cpython: builtin
    """process_time() -> float

Process time for profiling: sum of the kernel and user-space CPU time."""
    return clock_gettime(CLOCK_PROCESS_CPUTIME_ID)


def process_time_ns():  # cpython: builtin
    """process_time() -> int

Process time for profiling as nanoseconds:
sum of the kernel and user-space CPU time."""
    return clock_gettime_ns(CLOCK_PROCESS_CPUTIME_ID)


def thread_time():  # cpython: builtin
    """thread_time() -> float

Thread time for profiling: sum of the kernel and user-space CPU time."""
    return clock_gettime(CLOCK_THREAD_CPUTIME_ID)


def thread_time_ns():  # cpython: builtin
    """thread_time() -> int

Thread time for profiling as nanoseconds:
sum of the kernel and user-space CPU time."""
    return clock_gettime_ns(CLOCK_THREAD_CPUTIME_ID)


timezone, altzone, daylight, tzname = _zone()


def tzset():  # cpython: builtin
    """tzset()

Initialize, or reinitialize, the local timezone to the value of the environment
variable TZ stored in the environment."""
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, tzname = _zone()


# The clocks get_clock_info describes: (clock_gettime's clock, monotonic, adjustable).
_CLOCKS = {'time': ('CLOCK_REALTIME', CLOCK_REALTIME, False, True),
           'monotonic': ('CLOCK_MONOTONIC', CLOCK_MONOTONIC, True, False),
           'perf_counter': ('CLOCK_MONOTONIC', CLOCK_MONOTONIC, True, False),
           'process_time': ('CLOCK_PROCESS_CPUTIME_ID', CLOCK_PROCESS_CPUTIME_ID, True, False),
           'thread_time': ('CLOCK_THREAD_CPUTIME_ID', CLOCK_THREAD_CPUTIME_ID, True, False)}


def get_clock_info(name, /):  # cpython: builtin
    """get_clock_info(name: str) -> dict

Get information of the specified clock."""
    if not isinstance(name, str):
        raise TypeError("get_clock_info() argument 1 must be str, not %s" % type(name).__name__)
    if name not in _CLOCKS:
        raise ValueError("unknown clock")
    clock, ident, monotonic, adjustable = _CLOCKS[name]
    return _SimpleNamespace(implementation='clock_gettime(%s)' % clock, monotonic=monotonic,
                            adjustable=adjustable, resolution=clock_getres(ident))
