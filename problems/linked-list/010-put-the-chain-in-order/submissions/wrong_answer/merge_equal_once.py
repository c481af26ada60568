# bug: on equal values the merge keeps one node and skips both, so copies that meet in a merge are lost
# fails on: {"head": [1, 1]}
def _merge(a, b):
    dummy = tail = ListNode()
    while a and b:
        if a.val < b.val:
            tail.next, a = a, a.next
        elif b.val < a.val:
            tail.next, b = b, b.next
        else:
            tail.next = a
            a, b = a.next, b.next
        tail = tail.next
    tail.next = a or b
    return dummy.next


def sortChain(head):
    if head is None or head.next is None:
        return head
    slow, fast = head, head.next
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
    right = slow.next
    slow.next = None
    return _merge(sortChain(head), sortChain(right))
