# slow: O(n^2): for each position, scans every earlier position for the longest run it can extend
def longestRisingPicks(nums):
    n = len(nums)
    length = [1] * n
    before = [-1] * n
    for i in range(n):
        for j in range(i):
            if nums[j] < nums[i] and length[j] + 1 > length[i]:
                length[i] = length[j] + 1
                before[i] = j
    if not n:
        return []
    i = max(range(n), key=length.__getitem__)
    out = []
    while i >= 0:
        out.append(i)
        i = before[i]
    return out[::-1]
