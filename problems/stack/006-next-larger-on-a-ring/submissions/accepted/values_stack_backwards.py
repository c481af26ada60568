class Solution:
    def nextLargerOnRing(self, nums: List[int]) -> List[int]:
        """Walk from the back; the stack holds the candidate values ahead of a position."""
        n = len(nums)
        answer = [-1] * n
        ahead: List[int] = []  # values, strictly increasing from top to bottom
        # Prime the stack with the values that follow the end of the ring (its start).
        for value in reversed(nums):
            while ahead and ahead[-1] <= value:
                ahead.pop()
            ahead.append(value)
        for i in range(n - 1, -1, -1):
            value = nums[i]
            while ahead and ahead[-1] <= value:
                ahead.pop()
            if ahead:
                answer[i] = ahead[-1]
            ahead.append(value)
        return answer
