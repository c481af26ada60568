# slow: O(n^2): for every position scans all earlier positions for the best one to extend
# origin: independent
def longestRisingPicks(nums: List[int]) -> List[int]:
    n = len(nums)
    if n == 0:
        return []
    length = [1] * n
    parent = [-1] * n
    for i in range(n):
        for j in range(i):
            if nums[j] < nums[i] and length[j] + 1 > length[i]:
                length[i] = length[j] + 1
                parent[i] = j
    end = max(range(n), key=lambda i: length[i])
    picks = []
    while end != -1:
        picks.append(end)
        end = parent[end]
    return picks[::-1]
