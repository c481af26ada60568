class Solution:
    def daysUntilWarmer(self, temps: List[int]) -> List[int]:
        """Walk from the last day back; the stack holds candidate warmer days ahead."""
        n = len(temps)
        answer = [0] * n
        ahead: List[int] = []  # indices, readings strictly increasing from top to bottom
        for i in range(n - 1, -1, -1):
            while ahead and temps[ahead[-1]] <= temps[i]:
                ahead.pop()  # not warmer than day i, and day i hides it from earlier days
            if ahead:
                answer[i] = ahead[-1] - i
            ahead.append(i)
        return answer
