# Enum HOWTO: basics, programmatic access, duplicates, unique, auto, iteration, comparisons, members
from enum import Enum, Flag, unique, auto


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7

    @classmethod
    def from_isoweekday(cls, n):
        return cls(n)


print(Weekday(3))
print(Weekday.THURSDAY)
print(repr(Weekday.THURSDAY), type(Weekday.MONDAY), isinstance(Weekday.FRIDAY, Weekday))
print(Weekday.TUESDAY.name, Weekday.WEDNESDAY.value)
print(Weekday.from_isoweekday(1), f'{Weekday.SUNDAY}', str(Weekday.SATURDAY), format(Weekday.MONDAY))


class FWeekday(Flag):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 4
    THURSDAY = 8
    FRIDAY = 16
    SATURDAY = 32
    SUNDAY = 64


first_week_day = FWeekday.MONDAY
print(first_week_day)
weekend = FWeekday.SATURDAY | FWeekday.SUNDAY
print(weekend)
for day in weekend:
    print(day)
chores_for_ethan = {
    'feed the cat': FWeekday.MONDAY | FWeekday.WEDNESDAY | FWeekday.FRIDAY,
    'do the dishes': FWeekday.TUESDAY | FWeekday.THURSDAY,
    'answer SO questions': FWeekday.SATURDAY,
}


def show_chores(chores, day):
    for chore, days in chores.items():
        if day in days:
            print(chore)


show_chores(chores_for_ethan, FWeekday.SATURDAY)
show_chores(chores_for_ethan, FWeekday.FRIDAY)


# Programmatic access to enumeration members and their attributes
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color(1), Color(3), Color['RED'], Color['GREEN'])
member = Color.RED
print(member.name, member.value)
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError:', e)


# Duplicating enum members and values
try:
    class Shape(Enum):
        SQUARE = 2
        SQUARE = 3
except TypeError as e:
    print('TypeError:', e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.SQUARE, Shape.ALIAS_FOR_SQUARE, Shape(2), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
print(list(Shape))
for name, member in Shape.__members__.items():
    print(name, member)
print([name for name, member in Shape.__members__.items() if member.name != name])

# Ensuring unique enumeration values
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print('ValueError:', e)


# Using automatic values
class AColor(Enum):
    RED = auto()
    BLUE = auto()
    GREEN = auto()


print([member.value for member in AColor])


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name

    NORTH = auto()
    SOUTH = auto()
    EAST = auto()
    WEST = auto()


print([member.value for member in Ordinal])

# Iteration
print(list(Weekday))
print(list(FWeekday))

# Comparisons
print(Color.RED is Color.RED, Color.RED is Color.BLUE, Color.RED is not Color.BLUE)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print('TypeError:', e)
print(Color.BLUE == Color.RED, Color.BLUE != Color.RED, Color.BLUE == Color.BLUE, Color.BLUE == 2)


# Allowed members and attributes of enumerations
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        # self is the member here
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        # cls here is the enumeration
        return cls.HAPPY


print(Mood.favorite_mood())
print(Mood.HAPPY.describe())
print(str(Mood.FUNKY), repr(Mood.FUNKY), f'{Mood.HAPPY}')

# Restricted Enum subclassing
try:
    class MoreColor(Color):
        PINK = 17
except TypeError as e:
    print('TypeError:', e)


class Foo(Enum):
    def some_behavior(self):
        return 'behaving as ' + self.name


class Bar(Foo):
    HAPPY = 1
    SAD = 2


print(Bar.HAPPY.some_behavior(), list(Bar))

# Enum members are instances, the class is iterable, len works, members are hashable
print(len(Color), Color.RED in Color, {Color.RED: 'r'}[Color.RED], Color.__members__['BLUE'])
print(hash(Color.RED) == hash(Color.RED), Color.RED.__class__.__name__, type(Color).__name__)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print('AttributeError:', e)
