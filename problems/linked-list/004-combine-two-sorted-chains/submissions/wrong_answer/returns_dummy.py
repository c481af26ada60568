# bug: returns the dummy node itself, so the answer starts with an extra 0
# fails on: {"first": [1], "second": [2]}
class Solution:
    def combineSorted(self, first: Optional[ListNode], second: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        while first and second:
            if second.val < first.val:
                tail.next, second = second, second.next
            else:
                tail.next, first = first, first.next
            tail = tail.next
        tail.next = first if first else second
        return dummy
