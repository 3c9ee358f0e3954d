"""calendar as a small report tool uses it: module-level month(), monthcalendar grids,
isleap/leapdays/weekday/monthrange across edge years, setfirstweekday changes, and the
IllegalMonthError / IllegalWeekdayError texts for out-of-range arguments."""
import calendar

print(calendar.month(2024, 2), end="")
print(repr(calendar.month(2023, 12, w=3)[:60]))
for row in calendar.monthcalendar(2024, 2):
    print(row)
print(len(calendar.monthcalendar(2015, 2)), calendar.monthcalendar(2015, 2)[0])

print("--- leap years")
for year in [1900, 2000, 2023, 2024, 2100, 2400]:
    print(year, calendar.isleap(year), calendar.monthrange(year, 2))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2001, 2000))
print(calendar.leapdays(1, 10000))

print("--- weekdays")
for y, m, d in [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1999, 12, 31), (1, 1, 1)]:
    wd = calendar.weekday(y, m, d)
    print(f"{y:04d}-{m:02d}-{d:02d}", wd, calendar.day_name[wd], calendar.day_abbr[wd])
print(list(calendar.month_name)[:4], list(calendar.month_abbr)[-3:])
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
for m in range(1, 13):
    first, ndays = calendar.monthrange(2023, m)
    print(calendar.month_abbr[m], first, ndays, end="; ")
print()

print("--- Sunday first")
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 9), end="")
print(calendar.monthcalendar(2024, 9)[0], calendar.monthcalendar(2024, 9)[-1])
print(repr(calendar.weekheader(3)))
calendar.setfirstweekday(calendar.MONDAY)
print(repr(calendar.weekheader(2)))

print("--- errors")
attempts = [
    ("monthrange(2024, 0)", lambda: calendar.monthrange(2024, 0)),
    ("monthrange(2024, 13)", lambda: calendar.monthrange(2024, 13)),
    ("month(2024, 0)", lambda: calendar.month(2024, 0)),
    ("formatmonth 0", lambda: calendar.TextCalendar().formatmonth(2024, 0)),
    ("monthcalendar 14", lambda: calendar.monthcalendar(2024, 14)),
    ("setfirstweekday(9)", lambda: calendar.setfirstweekday(9)),
    ("weekday month 13", lambda: calendar.weekday(2024, 13, 1)),
]
for label, attempt in attempts:
    try:
        print(label, attempt())
    except calendar.IllegalMonthError as e:
        print(label, type(e).__name__, e, isinstance(e, ValueError))
    except calendar.IllegalWeekdayError as e:
        print(label, type(e).__name__, e)
    except ValueError as e:
        print(label, type(e).__name__, e)
print(calendar.firstweekday())
