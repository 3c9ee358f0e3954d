"""calendar's formatters as a report script prints them: TextCalendar.formatmonth/formatyear
with widths, line spacing and columns, prmonth/prcal, the module-level month()/calendar(),
firstweekday changes (Sunday-first), formatweekheader/formatmonthname/formatweek, and
HTMLCalendar.formatmonth/formatyear/formatyearpage with its CSS class attributes."""
import calendar

tc = calendar.TextCalendar()
print(tc.formatmonth(2024, 2))
print(tc.formatmonth(2023, 10, w=3, l=2))
print(repr(tc.formatweekheader(2)))
print(repr(tc.formatweekheader(1)), repr(tc.formatweekheader(9)))
print(repr(tc.formatmonthname(2024, 7, 20)), repr(tc.formatmonthname(2024, 7, 20, withyear=False)))
print(repr(tc.formatweek([(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)], 2)))
print(repr(tc.formatday(0, 3, 2)), repr(tc.formatday(17, 3, 4)))

print("--- Sunday first")
sunday = calendar.TextCalendar(calendar.SUNDAY)
print(sunday.firstweekday, sunday.getfirstweekday(), list(sunday.iterweekdays()))
print(sunday.formatmonth(2021, 8))
sunday.setfirstweekday(calendar.WEDNESDAY)
print(sunday.formatweekheader(3))
print(sunday.formatmonth(2021, 8, w=3))
weird = calendar.TextCalendar(8)
print(weird.firstweekday, weird.getfirstweekday(), list(weird.iterweekdays()))

print("--- year")
print(tc.formatyear(2024))
print(tc.formatyear(1999, w=2, l=1, c=3, m=4))

print("--- module functions")
print(calendar.month(2000, 1), end="")
print(repr(calendar.month(2000, 2, w=2, l=1)[:40]))
calendar.prmonth(2012, 12)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
calendar.prmonth(2012, 12)
print(calendar.weekheader(2))
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.calendar(2025, w=2, l=1, c=6, m=3)[:300])
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e)

print("--- HTML")
hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 3, withyear=False))
print(hc.formatweekheader())
print(hc.formatday(0, 3), hc.formatday(14, 6))
print(hc.formatmonthname(2024, 5))
print(hc.cssclasses, hc.cssclass_noday, hc.cssclass_month, hc.cssclass_year)


class StyledCalendar(calendar.HTMLCalendar):
    cssclasses = ["weekday"] * 5 + ["weekend"] * 2
    cssclass_noday = "blank"
    cssclass_month = "month-table"
    cssclass_month_head = "head"

    def formatday(self, day, weekday):
        if day == 25:
            return f'<td class="holiday">{day}*</td>'
        return super().formatday(day, weekday)


styled = StyledCalendar(calendar.SUNDAY)
print(styled.formatmonth(2022, 12))
year_html = hc.formatyear(2023, width=4)
print(len(year_html), year_html.count("<tr>"), year_html.count('class="month"'))
print(year_html[:400])
page = hc.formatyearpage(2023, width=3, css="cal.css", encoding="ascii")
print(type(page).__name__, len(page))
print(page.decode("ascii")[:300])
print(hc.formatyearpage(2023, css=None)[-40:])
