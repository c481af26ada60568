# bug: in the merge, the branch that takes from the right half forgets tail = tail.next, so the next pick overwrites it and nodes are lost; fails samples 1 and 2
# fails on: {"head": [2, 1]}
# origin: independent
def merge(a, b):
    dummy = ListNode()
    tail = dummy
    while a and b:
        if a.val <= b.val:
            tail.next = a
            a = a.next
            tail = tail.next
        else:
            tail.next = b
            b = b.next
    tail.next = a or b
    return dummy.next


def sortChain(head: Optional[ListNode]) -> Optional[ListNode]:
    if not head or not head.next:
        return head
    slow, fast = head, head.next
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
    mid = slow.next
    slow.next = None
    return merge(sortChain(head), sortChain(mid))
