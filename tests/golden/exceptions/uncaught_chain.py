class ValidationError(ValueError):
    def __str__(self):
        return f"invalid: {self.args[0]} (field={self.args[1]})"


def validate(rec):
    if "id" not in rec:
        raise ValidationError("missing id", "id")
    return rec["id"]


def process(records):
    out = []
    for r in records:
        try:
            out.append(validate(r))
        except ValidationError as e:
            e.add_note(f"record: {r!r}")
            raise
    return out


def main():
    print(process([{"id": 1}, {"id": 2}]))
    try:
        process([{"id": 3}, {"name": "x"}])
    except ValidationError as e:
        print("first:", e, e.__notes__)
    try:
        process([{}])
    except ValueError as exc:
        raise LookupError("batch failed") from exc


try:
    main()
except LookupError as e:
    print("main:", e, "| cause:", e.__cause__, "| notes:", e.__cause__.__notes__)


def cleanup():
    try:
        raise OSError(2, "No such file")
    except OSError as e:
        print(e, e.errno, e.strerror, e.args, type(e).__name__)
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise


try:
    cleanup()
except OSError as e:
    print("re-raised", repr(e))
print(repr(ExceptionGroup("g", [ValueError(1)])), BaseExceptionGroup("b", [KeyboardInterrupt()]).__class__.__name__)
main()
