# bottom-up merge sort, no recursion: merge runs of width 1, 2, 4, ... across the whole list (O(1) extra space)
def sortChain(head):
    n = 0
    node = head
    while node:
        n += 1
        node = node.next
    dummy = ListNode(0, head)
    width = 1
    while width < n:
        tail = dummy
        rest = dummy.next
        while rest:
            left = rest
            right = _cut(left, width)
            rest = _cut(right, width)
            tail.next = _merge(left, right)
            while tail.next:
                tail = tail.next
        width *= 2
    return dummy.next


def _cut(node, count):
    """Detach the first count nodes starting at node; return what follows them."""
    for _ in range(count - 1):
        if node is None:
            return None
        node = node.next
    if node is None:
        return None
    after = node.next
    node.next = None
    return after


def _merge(a, b):
    dummy = tail = ListNode()
    while a and b:
        if b.val < a.val:
            tail.next, b = b, b.next
        else:
            tail.next, a = a, a.next
        tail = tail.next
    tail.next = a or b
    return dummy.next
