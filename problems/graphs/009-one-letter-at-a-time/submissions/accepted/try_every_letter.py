# BFS that generates every word one letter away (25 letters at each position) and keeps
# those in the allowed set, removing each word from the set when it is queued.
from collections import deque
import string


class Solution:
    def fewestChanges(self, start, goal, words):
        if start == goal:
            return 0
        left = set(words)
        if goal not in left:
            return -1
        left.discard(start)
        queue = deque([(start, 0)])
        while queue:
            word, d = queue.popleft()
            for i in range(len(word)):
                head, tail = word[:i], word[i + 1 :]
                for c in string.ascii_lowercase:
                    cand = head + c + tail
                    if cand in left:
                        if cand == goal:
                            return d + 1
                        left.remove(cand)
                        queue.append((cand, d + 1))
        return -1
