def mostCommonValues(nums, k):
    # nums.count scans the whole list for every distinct value: O(n * d)
    pairs = [(-nums.count(value), value) for value in set(nums)]
    pairs.sort()
    return [value for _, value in pairs[:k]]
