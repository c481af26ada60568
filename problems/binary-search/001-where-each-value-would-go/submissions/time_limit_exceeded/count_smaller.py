# slow: O(n) per query: counts the smaller values with a generator over the whole list
def insertPositions(nums, queries):
    return [sum(1 for x in nums if x < q) for q in queries]
