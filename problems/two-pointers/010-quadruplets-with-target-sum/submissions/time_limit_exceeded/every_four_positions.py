def targetQuadruplets(nums, target):
    # Correct but O(n^4): tries every choice of four positions.
    n = len(nums)
    found = set()
    for a in range(n):
        for b in range(a + 1, n):
            for c in range(b + 1, n):
                for d in range(c + 1, n):
                    if nums[a] + nums[b] + nums[c] + nums[d] == target:
                        found.add(tuple(sorted((nums[a], nums[b], nums[c], nums[d]))))
    return [list(q) for q in found]
