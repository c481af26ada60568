class Solution:
    def pairWithTargetSum(self, nums: List[int], target: int) -> List[int]:
        seen: Dict[int, int] = {}
        for j, value in enumerate(nums):
            if target - value in seen:
                return [seen[target - value], j]
            seen.setdefault(value, j)
        return []
