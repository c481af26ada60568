class Solution:
    def evaluateSum(self, expression: str) -> int:
        """Classic running result: on '(' save (result, sign) and start afresh."""
        result, number, sign = 0, 0, 1
        stack: List[int] = []
        for ch in expression:
            if ch.isdigit():
                number = number * 10 + ord(ch) - 48
            elif ch == "+" or ch == "-":
                result += sign * number
                number = 0
                sign = 1 if ch == "+" else -1
            elif ch == "(":
                stack.append(result)
                stack.append(sign)
                result, sign = 0, 1
            elif ch == ")":
                result += sign * number
                number = 0
                result *= stack.pop()
                result += stack.pop()
        return result + sign * number
