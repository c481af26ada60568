class Solution:
    def squaresInOrder(self, nums: List[int]) -> List[int]:
        # Find where the non-negative values start, then merge the two runs of
        # squares outward from that split point (smallest squares first).
        n = len(nums)
        right = 0
        while right < n and nums[right] < 0:
            right += 1
        left = right - 1
        out = []
        while left >= 0 and right < n:
            if -nums[left] <= nums[right]:
                out.append(nums[left] * nums[left])
                left -= 1
            else:
                out.append(nums[right] * nums[right])
                right += 1
        while left >= 0:
            out.append(nums[left] * nums[left])
            left -= 1
        while right < n:
            out.append(nums[right] * nums[right])
            right += 1
        return out
