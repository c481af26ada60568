class Solution:
    def countTargetSumStretches(self, nums: List[int], k: int) -> int:
        prefix_counts = defaultdict(int)
        prefix_counts[0] = 1
        total = answer = 0
        for x in nums:
            total += x
            answer += prefix_counts[total - k]
            prefix_counts[total] += 1
        return answer
