# slow: O(N k): merges the chains one by one into a growing result, re-walking it every time
# origin: independent
from typing import List, Optional


def merge_two(a, b):
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
    tail.next = a if a else b
    return dummy.next


def mergeChains(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    result = None
    for head in lists:
        result = merge_two(result, head)
    return result
