# bug: the merge marks an exhausted half with 10**9 as "infinity", but 10**9 is a valid value, so it takes from the empty half and crashes (passes the samples)
# fails on: {"head": [1000000000, 1]}
# origin: independent
INF = 10**9


def merge(a, b):
    dummy = ListNode()
    tail = dummy
    while a or b:
        x = a.val if a else INF
        y = b.val if b else INF
        if x < y:
            tail.next = a
            a = a.next
        else:
            tail.next = b
            b = b.next
        tail = tail.next
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
