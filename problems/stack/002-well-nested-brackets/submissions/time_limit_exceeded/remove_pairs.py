# slow: O(n^2): keeps deleting adjacent "()", "[]", "{}" pairs with str.replace until nothing changes
# origin: independent
def isWellNested(s):
    text = "".join(ch for ch in s if ch in "()[]{}")
    while True:
        shorter = text.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == text:
            break
        text = shorter
    return text == ""
