# UnboundLocalError and NameError in the ways they really happen: reading a name before the
# local assignment, a name deleted with del, an except variable cleared after its handler, a
# conditional assignment that did not run; global declarations fixing the first one.
total = 100


def broken_increment():
    try:
        total += 1
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


def fixed_increment():
    global total
    total += 1
    return total


def shadow_then_read(flag):
    if flag:
        value = "set"
    return value


def after_del():
    item = [1, 2]
    del item
    try:
        return item
    except UnboundLocalError as e:
        return f"after del: {e}"


def except_var():
    try:
        1 / 0
    except ZeroDivisionError as err:
        msg = str(err)
    try:
        return err
    except UnboundLocalError as e:
        return f"{msg} / {e}"


def uses_builtin_later():
    out = [len("abc")]
    try:
        out.append(len("de"))
        len = lambda s: -1
    except UnboundLocalError as e:
        out.append(str(e))
    return out


print(broken_increment())
print(fixed_increment(), fixed_increment(), total)
print(shadow_then_read(True))
try:
    shadow_then_read(False)
except UnboundLocalError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, NameError))
print(after_del())
print(except_var())
try:
    print(uses_builtin_later())
except UnboundLocalError as e:
    print("outer:", e)
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e, e.name if hasattr(e, "name") else "")
print(shadow_then_read(False))
