class Solution:
    def foldChain(self, head: Optional[ListNode]) -> None:
        # splitting after the second centre leaves the front half longer; its extra nodes simply stay last
        if not head:
            return
        slow = fast = head
        while fast and fast.next:
            slow = slow.next
            fast = fast.next.next
        back, slow.next = slow.next, None
        prev = None
        while back:
            back.next, prev, back = prev, back, back.next
        front, back = head, prev
        while back:
            nxt = front.next
            front.next = back
            back = back.next
            front.next.next = nxt
            front = nxt
