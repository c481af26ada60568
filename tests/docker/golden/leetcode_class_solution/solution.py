class Solution:
    def sumList(self, nums: List[int]) -> int:
        counts: Dict[int, int] = Counter(nums)
        return sum(value * count for value, count in counts.items())
