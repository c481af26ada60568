class Solution:
    def repeatWithinReach(self, nums: List[int], k: int) -> bool:
        window = set()  # the values of the last k positions
        for j, value in enumerate(nums):
            if value in window:
                return True
            window.add(value)
            if len(window) > k:
                window.remove(nums[j - k])
        return False
