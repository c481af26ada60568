"""Any pair of distinct positions whose values add up to the target is accepted."""


def check(input, expected, got):
    nums, target = input["nums"], input["target"]
    if expected == []:
        return (got == [], "a pair was reported but none exists")
    if got == []:
        return (False, "no pair was reported but one exists")
    if not (isinstance(got, list) and len(got) == 2 and all(type(x) is int for x in got)):
        return (False, "the answer must be a list of two indices")
    i, j = got
    if not 0 <= i < j < len(nums):
        return (False, "the indices must satisfy 0 <= i < j < len(nums)")
    return (nums[i] + nums[j] == target, "the two values do not add up to the target")
