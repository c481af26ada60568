"""Fixed-size sliding window with a letter balance and a count of unbalanced letters.

balance[c] is (count of letter c in the window) - (count of c in p). The window is an
anagram of p exactly when all 26 balances are zero, so we keep `unequal`, the number of
letters whose balance is not zero, and update it as the window gains a letter on the
right and loses one on the left.

Time O(n + m), extra space O(1) besides the answer (26 counters).
"""


def anagramStarts(s: str, p: str) -> list[int]:
    n, m = len(s), len(p)
    if m > n:
        return []
    a = ord("a")
    balance = [0] * 26
    for ch in p:
        balance[ord(ch) - a] -= 1
    unequal = sum(1 for b in balance if b != 0)
    starts = []
    for right in range(n):
        c = ord(s[right]) - a  # letter entering the window
        balance[c] += 1
        if balance[c] == 0:
            unequal -= 1
        elif balance[c] == 1:
            unequal += 1
        left = right - m  # letter leaving the window, once it is full
        if left >= 0:
            c = ord(s[left]) - a
            balance[c] -= 1
            if balance[c] == 0:
                unequal -= 1
            elif balance[c] == -1:
                unequal += 1
        if unequal == 0 and right >= m - 1:
            starts.append(right - m + 1)
    return starts
