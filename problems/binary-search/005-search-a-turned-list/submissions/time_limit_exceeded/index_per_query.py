# slow: O(n) per query: `in` and `index` scan the list for every query (in C, but still n steps)
def searchTurned(nums, queries):
    return [nums.index(q) if q in nums else -1 for q in queries]
