# bug: the break sits in the wrong loop, so from each reachable position only the first matching word in the list is tried (passes all samples)
# fails on: {"text": "abcd", "words": ["abc", "ab", "cd"]}
# origin: independent
def canSplitIntoWords(text: str, words: List[str]) -> bool:
    n = len(text)
    reach = [False] * (n + 1)
    reach[0] = True
    for i in range(n):
        if not reach[i]:
            continue
        for w in words:
            if text.startswith(w, i):
                reach[i + len(w)] = True
                break
    return reach[n]
