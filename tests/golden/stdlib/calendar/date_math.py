"""calendar's date arithmetic as a scheduler uses it: isleap/leapdays, weekday, monthrange,
monthcalendar, the Calendar iterators (itermonthdates, itermonthdays, itermonthdays2/3/4,
monthdatescalendar, yeardayscalendar), day/month name and abbreviation lists, the weekday
constants, timegm, and IllegalMonthError/IllegalWeekdayError for bad input."""
import asyncio
import calendar
import datetime


async def nth_weekday(year, month, weekday, n):
    await asyncio.sleep(0)
    days = [d for d in calendar.Calendar().itermonthdates(year, month)
            if d.month == month and d.weekday() == weekday]
    return days[n] if n < 0 or n < len(days) else None


async def main():
    print("--- leap years")
    years = [1900, 2000, 2023, 2024, 2100, 2400, 0, -4]
    print([(y, calendar.isleap(y)) for y in years])
    print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2024, 2000),
          calendar.leapdays(1, 10000))

    print("--- weekday / monthrange")
    for y, m, d in [(1970, 1, 1), (2000, 2, 29), (2024, 12, 25), (1, 1, 1), (9999, 12, 31)]:
        wd = calendar.weekday(y, m, d)
        print(y, m, d, wd, calendar.day_name[wd], calendar.day_abbr[wd])
    for y, m in [(2023, 2), (2024, 2), (2024, 4), (1900, 2), (2025, 12)]:
        print(y, m, calendar.monthrange(y, m))
    print(calendar.weekday(2024, 2, 29) == calendar.THURSDAY, calendar.MONDAY, calendar.SUNDAY)
    print(type(calendar.MONDAY).__name__, repr(calendar.FRIDAY))

    print("--- names")
    print(list(calendar.month_name))
    print(list(calendar.month_abbr))
    print(list(calendar.day_name), list(calendar.day_abbr))
    print(len(calendar.month_name), calendar.month_name[0] == "", calendar.month_abbr[-1],
          calendar.day_name[-1], calendar.month_name[1:4])

    print("--- monthcalendar")
    for week in calendar.monthcalendar(2024, 2):
        print(week)
    print(len(calendar.monthcalendar(2015, 2)), len(calendar.monthcalendar(2021, 5)))

    print("--- Calendar iterators")
    cal = calendar.Calendar()
    dates = list(cal.itermonthdates(2024, 3))
    print(len(dates), dates[0], dates[-1], type(dates[0]).__name__)
    print(list(cal.itermonthdays(2024, 3))[:10])
    print(list(cal.itermonthdays2(2024, 3))[:8])
    print(list(cal.itermonthdays3(2024, 3))[:3], list(cal.itermonthdays4(2024, 3))[-2:])
    sun = calendar.Calendar(firstweekday=6)
    print(sun.firstweekday, list(sun.iterweekdays()), list(sun.itermonthdays(2024, 6))[:9])
    print([[d.day for d in week] for week in sun.monthdatescalendar(2024, 6)])
    print(cal.monthdays2calendar(2023, 1)[0])
    print(sun.monthdayscalendar(2023, 1))
    rows = cal.yeardayscalendar(2023, width=4)
    print(len(rows), len(rows[0]), rows[0][1][0])
    print(len(cal.yeardays2calendar(2023)), len(cal.yeardatescalendar(2023, 6)))
    edge = list(cal.itermonthdates(1, 1))
    print(edge[0], len(edge))
    print(list(cal.itermonthdays(9999, 12))[-7:])
    last = []
    try:
        for d in cal.itermonthdates(9999, 12):
            last.append(d)
    except ValueError as e:
        print(type(e).__name__, e, last[-1])

    print("--- scheduling")
    thanksgiving = await nth_weekday(2024, 11, calendar.THURSDAY, 3)
    last_friday = await nth_weekday(2024, 5, calendar.FRIDAY, -1)
    fifth_monday = await nth_weekday(2024, 2, calendar.MONDAY, 4)
    print(thanksgiving, last_friday, fifth_monday)
    meetings = await asyncio.gather(*(nth_weekday(2025, m, calendar.TUESDAY, 0) for m in range(1, 13)))
    print([d.isoformat() for d in meetings])

    print("--- timegm")
    print(calendar.timegm((1970, 1, 1, 0, 0, 0)))
    print(calendar.timegm((2000, 1, 1, 12, 30, 15, 0, 0, 0)))
    print(calendar.timegm(datetime.datetime(2024, 2, 29, 23, 59, 59).utctimetuple()))
    print(calendar.timegm((1969, 12, 31, 23, 59, 59)))
    print(calendar.timegm((2024, 1, 32, 25, 61, 0)) == calendar.timegm((2024, 2, 2, 2, 1, 0)))

    print("--- errors")
    attempts = [
        lambda: calendar.monthrange(2024, 13),
        lambda: calendar.monthrange(2024, 0),
        lambda: calendar.monthcalendar(2024, -1),
        lambda: calendar.month(2024, 14),
        lambda: calendar.TextCalendar().formatmonth(2024, 0),
        lambda: calendar.weekday(2024, 2, 30),
        lambda: calendar.setfirstweekday(-1),
        lambda: list(calendar.Calendar().itermonthdates(2024, 13)),
        lambda: calendar.month_name[13],
        lambda: calendar.isleap("2024"),
        lambda: calendar.timegm((2024, 13, 1, 0, 0, 0)),
    ]
    for attempt in attempts:
        try:
            print("ok", attempt())
        except (ValueError, IndexError, TypeError) as e:
            print(type(e).__name__, e, isinstance(e, ValueError))
    print(issubclass(calendar.IllegalMonthError, ValueError),
          issubclass(calendar.IllegalWeekdayError, ValueError))
    e = calendar.IllegalMonthError(99)
    print(str(e), e.month, repr(e))


asyncio.run(main())
