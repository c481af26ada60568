class Solution:
    def isWellNested(self, s: str) -> bool:
        closer_for = {"(": ")", "[": "]", "{": "}"}
        expected: List[str] = []  # the closer each open bracket is waiting for
        for ch in s:
            if ch in closer_for:
                expected.append(closer_for[ch])
            elif ch in ")]}":
                if not expected or expected[-1] != ch:
                    return False
                expected.pop()
        return len(expected) == 0
