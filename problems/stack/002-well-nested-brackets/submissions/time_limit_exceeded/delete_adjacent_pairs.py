def isWellNested(s):
    # Correct but O(n^2): each round deletes only the innermost pairs, and deeply nested
    # text needs about n/2 rounds, each copying the whole string.
    s = "".join(ch for ch in s if ch in "()[]{}")
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter
