# isoformat() of date/time/datetime with sep and every timespec, and fromisoformat(): the
# formats CPython 3.11 accepts (basic and extended, week dates, ordinal-free fractions, Z,
# offsets with seconds) and the texts it rejects, with their error messages.
from datetime import date, datetime, time, timedelta, timezone

moment = datetime(2024, 7, 4, 9, 8, 7, 654321)
aware = moment.replace(tzinfo=timezone(timedelta(hours=5, minutes=30)))
odd = datetime(2024, 7, 4, 9, 8, 7, 654321, tzinfo=timezone(timedelta(hours=-3, seconds=-15, microseconds=-2)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(f"{spec:>12}", moment.isoformat(timespec=spec), aware.isoformat("_", spec),
          moment.replace(microsecond=0).isoformat(timespec=spec), time(1, 2, 3, 4000).isoformat(spec))
print(odd.isoformat(), odd.timetz().isoformat(), time(0).isoformat(), date(5, 1, 9).isoformat())
print(moment.isoformat(" "), moment.isoformat(sep="T"), moment.isoformat("\u2603"))
print(datetime(2024, 1, 1, 0, 0, 0, 999).isoformat(timespec="milliseconds"))
print(str(aware) == aware.isoformat(" "), date(2024, 7, 4).isoformat() == str(date(2024, 7, 4)))

accepted_dates = ["2024-07-04", "20240704", "2024-W27-4", "2024W274", "2024-W01-1", "2020-W53-7", "0001-01-01"]
for text in accepted_dates:
    print("date", text, "->", repr(date.fromisoformat(text)))
accepted_times = ["09:08", "09:08:07", "09:08:07.6", "09:08:07.654", "09:08:07.654321",
                  "09:08:07,5", "090807", "0908", "09", "09:08:07.1234567", "09:08:07Z",
                  "09:08:07+05:30", "09:08:07-0330", "09:08:07+01:02:03", "09:08:07+01:02:03.000004",
                  "T09:08"]
for text in accepted_times:
    print("time", text, "->", repr(time.fromisoformat(text)))
accepted = ["2024-07-04", "2024-07-04T09", "2024-07-04T09:08", "2024-07-04 09:08:07",
            "2024-07-04T09:08:07.654321", "2024-07-04T09:08:07.654321+00:00", "2024-07-04T09:08:07Z",
            "20240704T090807", "20240704T090807.5-0800", "2024-W27-4T12:00", "2024-07-04x09:08",
            "2024-07-04T09:08:07+14:00", "2024-07-04T23:59:59.999999999"]
for text in accepted:
    parsed = datetime.fromisoformat(text)
    print("datetime", text, "->", parsed.isoformat(), parsed.tzinfo)
for value in [moment, aware, odd, datetime.min, datetime.max, datetime.max.replace(tzinfo=timezone.utc)]:
    assert datetime.fromisoformat(value.isoformat()) == value, value
    assert datetime.fromisoformat(value.isoformat(" ", "microseconds")) == value
print("round trips ok")

rejected = [
    (date, "2024-1-1"), (date, "2024-07-4"), (date, "24-07-04"), (date, "2024-13-01"), (date, "2023-02-29"),
    (date, "2024-07-04T00:00"), (date, "2024/07/04"), (date, ""), (date, "2024-W54-1"), (date, "2024-W01-8"),
    (date, " 2024-07-04"), (date, "２０２４-07-04"),
    (time, "9:08"), (time, "09:8"), (time, "25:00"), (time, "09:08:07."), (time, "09:08:07+5"),
    (time, "09:08:07+24:00"), (time, ""), (time, "09:08:07 "), (time, "09:60"), (time, "24:00:00"),
    (datetime, "2024-07-04T"), (datetime, "2024-07-04T25:00"), (datetime, "2024-07-04 09:08:07+"),
    (datetime, "2024-07-04T09:08:07Zulu"), (datetime, "not a date"), (datetime, "2024-07-04T09:08:07.123+01:00:"),
    (datetime, "2024-07-04T24:00:01"),
]
for cls, text in rejected:
    try:
        print("accepted?!", cls.__name__, text, cls.fromisoformat(text))
    except ValueError as e:
        print(cls.__name__, type(e).__name__, e)
for cls, arg in [(date, 20240704), (datetime, b"2024-07-04"), (time, None)]:
    try:
        cls.fromisoformat(arg)
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
for bad in [lambda: moment.isoformat(timespec="nanoseconds"), lambda: moment.isoformat(sep="--"),
            lambda: time(1).isoformat("days"), lambda: moment.isoformat(sep=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
