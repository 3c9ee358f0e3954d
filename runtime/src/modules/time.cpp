// The C side of the time module (runtime/lib/time.py): the clocks, and the conversions between
// seconds and struct tm that timemodule.c makes, with its checks and error texts.
#include <time.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstring>
#include <string>

#include "../objects/builtin_bases.h"
#include "../objects/internal.h"
#include "../objects/method_catalog.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"

namespace aiocc::time_module {

namespace {
template <class Clock>
Object clock_impl(const Object&, const Object*, Args, Kwargs) {
  return Object::from_float(std::chrono::duration<double>(Clock::now().time_since_epoch()).count());
}
// The *_ns variants: the same clocks in integer nanoseconds.
template <class Clock>
Object clock_ns_impl(const Object&, const Object*, Args, Kwargs) {
  return py_int(static_cast<int64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count()));
}
// time.sleep(secs): a float, or an int through __index__ (_PyTime_FromSecondsObject's texts).
Object sleep_impl(const Object&, const Object* a, Args, Kwargs) {
  const double d = a[0].is_float() ? a[0].as_float() : int_to_double(number_index(a[0]));
  if (std::isnan(d)) raise(&exc::ValueError, "Invalid value NaN (not a number)");
  if (d < 0) raise(&exc::ValueError, "sleep length must be non-negative");
  timespec ts;
  ts.tv_sec = static_cast<time_t>(d);
  ts.tv_nsec = static_cast<long>((d - static_cast<double>(ts.tv_sec)) * 1e9);
  // Interrupted by a signal: its handler runs (KeyboardInterrupt), then the rest of the sleep
  // (PEP 475).
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) check_signals();
  return None;
}
// The time functions, as CPython declares them (sorted by name).
constexpr MethodDef kTimeDefs[] = {
    {"monotonic", clock_impl<std::chrono::steady_clock>, ArgStyle::NoArgs},
    {"monotonic_ns", clock_ns_impl<std::chrono::steady_clock>, ArgStyle::NoArgs},
    {"perf_counter", clock_impl<std::chrono::steady_clock>, ArgStyle::NoArgs},
    {"perf_counter_ns", clock_ns_impl<std::chrono::steady_clock>, ArgStyle::NoArgs},
    {"sleep", sleep_impl, ArgStyle::OneArg, {Param{"secs"}}, 1},
    {"time", clock_impl<std::chrono::system_clock>, ArgStyle::NoArgs},
    {"time_ns", clock_ns_impl<std::chrono::system_clock>, ArgStyle::NoArgs},
};
static_assert(sorted_by_name(kTimeDefs));
constexpr MethodCatalog kTime{"time", kTimeDefs};

[[noreturn]] void time_t_overflow() { raise(&exc::OverflowError, "timestamp out of range for platform time_t"); }

// _PyTime_ObjectToTime_t(obj, ROUND_FLOOR): a float floored, or an int through __index__.
time_t seconds_of(const Object& o) {
  if (o.is_float()) {
    const double d = o.as_float();
    if (std::isnan(d)) raise(&exc::ValueError, "Invalid value NaN (not a number)");
    const double whole = std::floor(d);
    if (!(whole >= -9223372036854775808.0 && whole < 9223372036854775808.0)) time_t_overflow();
    return static_cast<time_t>(whole);
  }
  Object i = number_index(o);
  int64_t v;
  if (!detail::small(i, v)) time_t_overflow();
  return static_cast<time_t>(v);
}

// The "i" format of PyArg_ParseTuple: an int through __index__ that fits a C int.
int c_int(const Object& o) {
  Object i = number_index(o);
  int64_t v;
  if (!detail::small(i, v)) raise(&exc::OverflowError, "Python int too large to convert to C long");
  if (v > INT_MAX) raise(&exc::OverflowError, "signed integer is greater than maximum");
  if (v < INT_MIN) raise(&exc::OverflowError, "signed integer is less than minimum");
  return static_cast<int>(v);
}

// gettmarg(): a tuple (struct_time included) of 9 ints as a struct tm, C's conventions. The
// zone and offset are a struct_time's, or None.
struct tm tm_of(const Object& tuple, const Object& zone, const Object& gmtoff, const char* fname) {
  struct tm t;
  std::memset(&t, 0, sizeof t);
  const TupleObject* items = as_tuple(unwrap(tuple));
  if (!items) raise(&exc::TypeError, "Tuple or struct_time argument required");
  if (items->items.size() != 9) raise(&exc::TypeError, std::string(fname) + "(): illegal time tuple argument");
  int* fields[] = {&t.tm_year, &t.tm_mon, &t.tm_mday, &t.tm_hour, &t.tm_min, &t.tm_sec, &t.tm_wday, &t.tm_yday, &t.tm_isdst};
  for (size_t i = 0; i < 9; ++i) *fields[i] = c_int(items->items[i]);
  if (t.tm_year < INT_MIN + 1900) raise(&exc::OverflowError, "year out of range");
  t.tm_year -= 1900;
  t.tm_mon--;
  t.tm_wday = (t.tm_wday + 1) % 7;
  t.tm_yday--;
  if (!zone.is_none()) {
    if (!is_str(zone)) raise(&exc::TypeError, "bad argument type for built-in operation");
    t.tm_zone = str_value(zone).c_str();  // alive as long as `zone`
  }
  if (!gmtoff.is_none()) {
    int64_t off;
    if (!detail::small(number_index(gmtoff), off)) raise(&exc::OverflowError, "Python int too large to convert to C long");
    t.tm_gmtoff = off;
  }
  return t;
}

// checktm(): the fields strftime and asctime index tables with.
void check_tm(struct tm& t) {
  if (t.tm_mon == -1) {
    t.tm_mon = 0;
  } else if (t.tm_mon < 0 || t.tm_mon > 11) {
    raise(&exc::ValueError, "month out of range");
  }
  if (t.tm_mday == 0) {
    t.tm_mday = 1;
  } else if (t.tm_mday < 0 || t.tm_mday > 31) {
    raise(&exc::ValueError, "day of month out of range");
  }
  if (t.tm_hour < 0 || t.tm_hour > 23) raise(&exc::ValueError, "hour out of range");
  if (t.tm_min < 0 || t.tm_min > 59) raise(&exc::ValueError, "minute out of range");
  if (t.tm_sec < 0 || t.tm_sec > 61) raise(&exc::ValueError, "seconds out of range");
  if (t.tm_wday < 0) raise(&exc::ValueError, "day of week out of range");
  if (t.tm_yday == -1) {
    t.tm_yday = 0;
  } else if (t.tm_yday < 0 || t.tm_yday > 365) {
    raise(&exc::ValueError, "day of year out of range");
  }
}

// tmtotuple(): the 11 fields of a struct_time.
Object tuple_of(const struct tm& t) {
  return py_tuple({py_int(int64_t{t.tm_year} + 1900), py_int(t.tm_mon + 1), py_int(t.tm_mday), py_int(t.tm_hour),
                   py_int(t.tm_min), py_int(t.tm_sec), py_int((t.tm_wday + 6) % 7), py_int(t.tm_yday + 1),
                   py_int(t.tm_isdst), t.tm_zone ? py_str(t.tm_zone) : None, py_int(t.tm_gmtoff)});
}

struct tm broken_down(time_t when, bool local) {
  struct tm t;
  errno = 0;
  if ((local ? localtime_r(&when, &t) : gmtime_r(&when, &t)) == nullptr) raise_os_error(errno ? errno : EINVAL);
  return t;
}

std::string asctime_of(const struct tm& t) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", kDays[t.tm_wday], kMonths[t.tm_mon], t.tm_mday,
                t.tm_hour, t.tm_min, t.tm_sec, static_cast<long long>(t.tm_year) + 1900);
  return buf;
}

Object clock_of(const Object& id, bool ns, bool resolution) {
  const clockid_t clk = static_cast<clockid_t>(c_int(id));
  timespec ts;
  if ((resolution ? clock_getres(clk, &ts) : clock_gettime(clk, &ts)) != 0) raise_os_error(errno);
  if (ns) return py_int(int64_t{ts.tv_sec} * 1000000000 + ts.tv_nsec);
  return Object::from_float(static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9);
}
}  // namespace

Object monotonic(Args args, Kwargs kw) { return call_catalog_method(kTime, def_named(kTimeDefs, "monotonic"), None, args, kw); }
Object perf_counter(Args args, Kwargs kw) { return call_catalog_method(kTime, def_named(kTimeDefs, "perf_counter"), None, args, kw); }
Object sleep(Args args, Kwargs kw) { return call_catalog_method(kTime, def_named(kTimeDefs, "sleep"), None, args, kw); }
Object time(Args args, Kwargs kw) { return call_catalog_method(kTime, def_named(kTimeDefs, "time"), None, args, kw); }
Object monotonic_ns(Args args, Kwargs kw) { return call_catalog_method(kTime, def_named(kTimeDefs, "monotonic_ns"), None, args, kw); }
Object perf_counter_ns(Args args, Kwargs kw) { return call_catalog_method(kTime, def_named(kTimeDefs, "perf_counter_ns"), None, args, kw); }
Object time_ns(Args args, Kwargs kw) { return call_catalog_method(kTime, def_named(kTimeDefs, "time_ns"), None, args, kw); }

// time_tm(seconds, local): gmtime(seconds) or localtime(seconds) as 11 fields; None is now.
Object time_tm(Args args, Kwargs kw) {
  Object v[2];
  clinic_bind("time_tm", {"seconds", "local"}, 2, 2, args, kw, v);
  const time_t when = v[0].is_none() ? ::time(nullptr) : seconds_of(v[0]);
  return tuple_of(broken_down(when, truthy(v[1])));
}

// time_mktime(tuple): mktime() of 9 fields, OverflowError when C's mktime fails.
Object time_mktime(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("time_mktime", {"tuple"}, 1, 1, args, kw, v);
  struct tm t = tm_of(v[0], None, None, "mktime");
  t.tm_wday = -1;  // a sentinel: mktime sets it when it succeeds
  const time_t when = ::mktime(&t);
  if (when == static_cast<time_t>(-1) && t.tm_wday == -1) raise(&exc::OverflowError, "mktime argument out of range");
  return Object::from_float(static_cast<double>(when));
}

// time_strftime(format, tuple, zone, gmtoff): strftime() of 9 fields (a struct_time's zone and
// offset, or None), growing the buffer as timemodule.c does.
Object time_strftime(Args args, Kwargs kw) {
  Object v[4];
  clinic_bind("time_strftime", {"format", "tuple", "zone", "gmtoff"}, 4, 4, args, kw, v);
  struct tm t = tm_of(v[1], v[2], v[3], "strftime");
  check_tm(t);
  t.tm_isdst = t.tm_isdst < -1 ? -1 : t.tm_isdst > 1 ? 1 : t.tm_isdst;
  const std::string& format = str_value(v[0]);
  if (format.find('\0') != std::string::npos) raise(&exc::ValueError, "embedded null character");
  for (size_t size = 1024;; size += size) {
    std::string out(size, '\0');
    const size_t n = std::strftime(out.data(), size, format.c_str(), &t);
    if (n > 0 || size >= 256 * format.size()) {
      out.resize(n);
      return py_str(std::move(out));
    }
  }
}

// time_asctime(tuple): asctime() of 9 fields.
Object time_asctime(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("time_asctime", {"tuple"}, 1, 1, args, kw, v);
  struct tm t = tm_of(v[0], None, None, "asctime");
  check_tm(t);
  return py_str(asctime_of(t));
}

// time_ctime(seconds): asctime() of localtime(seconds).
Object time_ctime(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("time_ctime", {"seconds"}, 1, 1, args, kw, v);
  const time_t when = v[0].is_none() ? ::time(nullptr) : seconds_of(v[0]);
  return py_str(asctime_of(broken_down(when, true)));
}

// time_zone(): (timezone, altzone, daylight, tzname) as init_timezone() finds them from the
// local time of January and July this year, after tzset().
Object time_zone(Args args, Kwargs kw) {
  clinic_bind("time_zone", {}, 0, 0, args, kw, nullptr);
  tzset();
  constexpr time_t kYear = (365 * 24 + 6) * 3600;
  time_t when = (::time(nullptr) / kYear) * kYear;
  const struct tm jan = broken_down(when, true);
  const struct tm jul = broken_down(when + kYear / 2, true);
  const long jan_zone = -jan.tm_gmtoff, jul_zone = -jul.tm_gmtoff;
  auto name = [](const struct tm& t) { return py_str(std::string(t.tm_zone ? t.tm_zone : "").substr(0, 9)); };
  const bool reversed = jan_zone < jul_zone;  // DST in the southern hemisphere
  return py_tuple({py_int(reversed ? jul_zone : jan_zone), py_int(reversed ? jan_zone : jul_zone),
                   py_int(jan_zone != jul_zone),
                   py_tuple({name(reversed ? jul : jan), name(reversed ? jan : jul)})});
}

// clock_gettime(clk_id), clock_gettime_ns(clk_id), clock_getres(clk_id).
Object clock_gettime(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("clock_gettime", {"clk_id"}, 1, 1, args, kw, v);
  return clock_of(v[0], false, false);
}
Object clock_gettime_ns(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("clock_gettime_ns", {"clk_id"}, 1, 1, args, kw, v);
  return clock_of(v[0], true, false);
}
Object clock_getres(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("clock_getres", {"clk_id"}, 1, 1, args, kw, v);
  return clock_of(v[0], false, true);
}

BuiltinFunction sleep_fn("sleep", sleep);
BuiltinFunction monotonic_fn("monotonic", monotonic);
BuiltinFunction time_fn("time", time);
BuiltinFunction perf_counter_fn("perf_counter", perf_counter);
BuiltinFunction monotonic_ns_fn("monotonic_ns", monotonic_ns);
BuiltinFunction perf_counter_ns_fn("perf_counter_ns", perf_counter_ns);
BuiltinFunction time_ns_fn("time_ns", time_ns);
BuiltinFunction time_tm_fn("time_tm", time_tm);
BuiltinFunction time_mktime_fn("time_mktime", time_mktime);
BuiltinFunction time_strftime_fn("time_strftime", time_strftime);
BuiltinFunction time_asctime_fn("time_asctime", time_asctime);
BuiltinFunction time_ctime_fn("time_ctime", time_ctime);
BuiltinFunction time_zone_fn("time_zone", time_zone);
BuiltinFunction clock_gettime_fn("clock_gettime", clock_gettime);
BuiltinFunction clock_gettime_ns_fn("clock_gettime_ns", clock_gettime_ns);
BuiltinFunction clock_getres_fn("clock_getres", clock_getres);

}  // namespace aiocc::time_module
