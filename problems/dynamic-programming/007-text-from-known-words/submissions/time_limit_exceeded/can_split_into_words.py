# slow: O(n^2 * W): for every end position tries every earlier cut point and looks the slice up by scanning the word list
# origin: independent
def canSplitIntoWords(text: str, words: List[str]) -> bool:
    n = len(text)
    ok = [False] * (n + 1)
    ok[0] = True
    for end in range(1, n + 1):
        for start in range(end):
            if ok[start] and text[start:end] in words:
                ok[end] = True
                break
    return ok[n]
