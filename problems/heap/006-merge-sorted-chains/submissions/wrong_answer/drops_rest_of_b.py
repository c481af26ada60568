# bug: after the two-chain merge loop it only attaches what is left of the first chain, losing the rest of the second (fails samples 01-three-chains and 02-empty-chains)
# fails on: {"lists": [[1], [2, 3]]}
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
    if a:
        tail.next = a
    return dummy.next


def merge_range(lists, lo, hi):
    if hi - lo == 0:
        return None
    if hi - lo == 1:
        return lists[lo]
    mid = (lo + hi) // 2
    return merge_two(merge_range(lists, lo, mid), merge_range(lists, mid, hi))


def mergeChains(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    return merge_range(lists, 0, len(lists))
