# bug: only guards the empty list; starting fast at head.next.next crashes on a one-node list (passes the samples)
# fails on: {"head": [7]}
# origin: independent
def foldChain(head: Optional[ListNode]) -> None:
    if head is None:
        return
    slow = head.next
    fast = head.next.next
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
    second = slow.next
    slow.next = None

    prev = None
    while second:
        nxt = second.next
        second.next = prev
        prev = second
        second = nxt

    first, second = head, prev
    while second:
        first_next = first.next
        second_next = second.next
        first.next = second
        second.next = first_next
        first = first_next
        second = second_next
