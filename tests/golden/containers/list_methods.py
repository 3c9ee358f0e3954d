# list methods with unusual arguments: index with bounds, insert past ends, slices with steps.
lst = list(range(10))
print(lst.index(5, 2), lst.index(9, -3), lst.index(3, 0, 4))
for args in [(5, 6), (3, -2), (42,)]:
    try:
        lst.index(*args)
    except ValueError as e:
        print("ValueError:", e)
lst.insert(100, "end")
lst.insert(-100, "start")
lst.insert(-1, "penult")
print(lst)
del lst[::3]
print(lst)
lst[1:3] = "xyz"
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
lst[2:2] = [["nested"]]
lst[-1:] = []
print(lst, lst.count(0), lst.pop(-2), lst.pop())
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
nums = [1, 2, 3]
nums.extend(range(2))
nums.extend("ab")
nums += (9,)
nums *= 2
print(nums, len(nums))
nums.remove("a")
print(nums[::-3], nums[-100:2], nums[5:1], nums[1:-1:4])
c = nums.copy()
c.clear()
print(c, len(nums), [1, 2] * 0, [[0]] * 2, [1, [2]] == [1, [2]], [1, 2] < [1, 2, 0], [2] > [1, 9])
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
alias = [[0] * 3] * 2
alias[0][1] = 5
print(grid, alias)
r = [3, 1, 2]
r.reverse()
print(r, r[::-1], list(reversed(r)), r.__len__(), r.__contains__(2), [1, 2, 3][-1], [1][0:100])
print(sum([[1], [2, 3]], []), list(map(list, zip([1, 2], "ab"))), [*range(3), *"xy"], [0] + [1])
