# bug: when the two heads are equal the merge keeps one of them and skips the other, so repeated values are lost; fails samples 1 and 2
# fails on: {"head": [1, 1]}
# origin: independent
def merge(a, b):
    dummy = ListNode()
    tail = dummy
    while a and b:
        if a.val < b.val:
            tail.next = a
            a = a.next
        elif b.val < a.val:
            tail.next = b
            b = b.next
        else:
            tail.next = a
            a = a.next
            b = b.next
        tail = tail.next
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
