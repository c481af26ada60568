class Solution:
    def closestTripleSum(self, nums: List[int], target: int) -> int:
        nums = sorted(nums)
        n = len(nums)
        best = nums[0] + nums[1] + nums[2]
        for i in range(n - 2):
            if i > 0 and nums[i] == nums[i - 1]:
                continue  # same first value, same sums as before
            smallest = nums[i] + nums[i + 1] + nums[i + 2]
            if smallest >= target:
                # every later triple is at least this big
                if abs(smallest - target) < abs(best - target):
                    best = smallest
                break
            largest = nums[i] + nums[n - 2] + nums[n - 1]
            if largest <= target:
                # nothing with this first value gets any bigger
                if abs(largest - target) < abs(best - target):
                    best = largest
                continue
            j, k = i + 1, n - 1
            while j < k:
                s = nums[i] + nums[j] + nums[k]
                if abs(s - target) < abs(best - target):
                    best = s
                if s < target:
                    j += 1
                elif s > target:
                    k -= 1
                else:
                    return s
        return best
