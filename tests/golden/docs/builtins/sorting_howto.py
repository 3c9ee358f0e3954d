# Sorting HOW TO (linked from sorted()/list.sort()): examples that need no operator module
from functools import cmp_to_key

print(sorted([5, 2, 3, 1, 4]))
a = [5, 2, 3, 1, 4]
a.sort()
print(a)
print(sorted({1: 'D', 2: 'B', 3: 'B', 4: 'E', 5: 'A'}))

# Key Functions
print(sorted("This is a test string from Andrew".split(), key=str.casefold))
student_tuples = [
    ('john', 'A', 15),
    ('jane', 'B', 12),
    ('dave', 'B', 10),
]
print(sorted(student_tuples, key=lambda student: student[2]))   # sort by age


class Student:
    def __init__(self, name, grade, age):
        self.name = name
        self.grade = grade
        self.age = age

    def __repr__(self):
        return repr((self.name, self.grade, self.age))


student_objects = [
    Student('john', 'A', 15),
    Student('jane', 'B', 12),
    Student('dave', 'B', 10),
]
print(sorted(student_objects, key=lambda student: student.age))   # sort by age

# Ascending and Descending
print(sorted(student_tuples, key=lambda s: s[2], reverse=True))
print(sorted(student_objects, key=lambda s: s.age, reverse=True))

# Sort Stability and Complex Sorts
data = [('red', 1), ('blue', 1), ('red', 2), ('blue', 2)]
print(sorted(data, key=lambda r: r[0]))
s = sorted(student_objects, key=lambda s: s.age)     # sort on secondary key
print(sorted(s, key=lambda s: s.grade, reverse=True))   # now sort on primary key, descending


def multisort(xs, specs):
    for key, reverse in reversed(specs):
        xs.sort(key=lambda s: getattr(s, key), reverse=reverse)
    return xs


print(multisort(list(student_objects), (('grade', True), ('age', False))))

# Decorate-Sort-Undecorate
decorated = [(student.grade, i, student) for i, student in enumerate(student_objects)]
decorated.sort()
print([student for grade, i, student in decorated])               # undecorate


# Comparison Functions
def numeric_compare(x, y):
    return x - y


print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(numeric_compare)))
print(sorted(['b', 'A', 'c'], key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))

# Odds and Ends
print(sorted(['apple', 'Banana', 'cherry'], key=str.lower, reverse=True))
data = [('red', 1), ('blue', 1), ('red', 2), ('blue', 2)]
standard_way = sorted(data, key=lambda r: r[0], reverse=True)
double_reversed = list(reversed(sorted(reversed(data), key=lambda r: r[0])))
print(standard_way == double_reversed, standard_way)
Student.__lt__ = lambda self, other: self.age < other.age
print(sorted(student_objects))
students = ['dave', 'john', 'jane']
newgrades = {'john': 'F', 'jane': 'A', 'dave': 'C'}
print(sorted(students, key=newgrades.__getitem__))
print(max(student_objects, key=lambda s: s.age), min(student_objects))

# Sorting mixed numbers and special floats
print(sorted([3, 1.5, True, -2, 0.0, 2**64]), sorted(['b', 'B', 'a', 'A', '_', '1']))
print(sorted([[2, 'a'], [1, 'z'], [2, 'A']]), sorted([(1, 2), (1,), ()]), sorted('hello'))
print(sorted(range(10), key=lambda n: (n % 3, -n)), sorted([-3, 2, -1], key=abs))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print('TypeError:', e)
try:
    [3, 2, 1].sort(lambda x: x)
except TypeError as e:
    print('TypeError:', e)
