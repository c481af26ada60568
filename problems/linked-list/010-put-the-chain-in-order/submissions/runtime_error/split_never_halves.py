# bug: slow and fast both start at head, so a two-node list splits into itself and an empty half and the recursion never ends; fails samples 1 and 2
# fails on: {"head": [2, 1]}
# origin: independent
def merge(a, b):
    dummy = ListNode()
    tail = dummy
    while a and b:
        if a.val <= b.val:
            tail.next = a
            a = a.next
        else:
            tail.next = b
            b = b.next
        tail = tail.next
    tail.next = a or b
    return dummy.next


def sortChain(head: Optional[ListNode]) -> Optional[ListNode]:
    if not head or not head.next:
        return head
    slow = fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
    mid = slow.next
    slow.next = None
    return merge(sortChain(head), sortChain(mid))
