# Exceptions inside a metaclass's hooks travel through the class statement (and its frames);
# an abstract-plugin check in __call__ raises for the abstract class only.


class Validating(type):
    required = ("run",)

    def __new__(mcls, name, bases, ns):
        if bases:
            missing = [m for m in mcls.required if m not in ns]
            if missing:
                raise TypeError(f"{name} must define {', '.join(missing)}")
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get("abstract"):
            raise TypeError(f"cannot instantiate abstract {cls.__name__}")
        return super().__call__(*args, **kwargs)


class Task(metaclass=Validating):
    abstract = True


class Build(Task):
    def run(self):
        return "built"


print(Build().run(), type(Build).__name__, Build.abstract)
try:
    Task()
except TypeError as e:
    print("TypeError:", e)


def make_job():
    class Job(Task):
        def start(self):
            pass
    return Job


make_job()
