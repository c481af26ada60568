# bug: loop condition `fast and fast.next` lands on the second of the two central nodes for even lengths; fails sample 2
# fails on: {"head": [1, 2]}
# origin: independent
def chainMidpoint(head: Optional[ListNode]) -> Optional[ListNode]:
    slow = head
    fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
    return slow
