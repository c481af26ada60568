# a set of the nodes already passed: the first node met again is the entry (O(n) extra space)
def loopEntry(head):
    seen = set()
    node = head
    while node is not None:
        if node in seen:
            return node
        seen.add(node)
        node = node.next
    return None
