print("other body starts")
import helper
print("other body ends")


def use_helper():
    return "other sees " + helper.report()
