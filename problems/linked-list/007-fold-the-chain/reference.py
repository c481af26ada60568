"""Middle, reverse the back half, weave the halves.

The first half keeps the extra node of an odd length; the reversed back half is woven
in after each of its nodes. Time O(n), extra space O(1).
"""


def foldChain(head: Optional[ListNode]) -> None:
    if head is None:
        return
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow = slow.next
        fast = fast.next.next
    back = slow.next
    slow.next = None  # the front half ends at the middle
    prev = None
    while back is not None:  # reverse the back half
        following = back.next
        back.next = prev
        prev = back
        back = following
    front, back = head, prev
    while back is not None:  # the back half is never longer than the front half
        front_next, back_next = front.next, back.next
        front.next = back
        back.next = front_next
        front, back = front_next, back_next
