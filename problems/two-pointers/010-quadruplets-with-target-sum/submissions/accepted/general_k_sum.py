class Solution:
    def targetQuadruplets(self, nums: List[int], target: int) -> List[List[int]]:
        # A general k-sum: fix one value per level until two remain, then sweep.
        nums = sorted(nums)
        result = []

        def k_sum(start: int, k: int, goal: int, chosen: List[int]) -> None:
            # k values from nums[start:] average goal / k: one of them is at most
            # that average and one at least, which the sorted ends must allow
            if start == len(nums) or nums[start] * k > goal or nums[-1] * k < goal:
                return
            if k == 2:
                lo, hi = start, len(nums) - 1
                while lo < hi:
                    s = nums[lo] + nums[hi]
                    if s < goal or (lo > start and nums[lo] == nums[lo - 1]):
                        lo += 1
                    elif s > goal or (hi < len(nums) - 1 and nums[hi] == nums[hi + 1]):
                        hi -= 1
                    else:
                        result.append([*chosen, nums[lo], nums[hi]])
                        lo += 1
                        hi -= 1
                return
            for i in range(start, len(nums) - k + 1):
                if i > start and nums[i] == nums[i - 1]:
                    continue
                k_sum(i + 1, k - 1, goal - nums[i], [*chosen, nums[i]])

        k_sum(0, 4, target, [])
        return result
