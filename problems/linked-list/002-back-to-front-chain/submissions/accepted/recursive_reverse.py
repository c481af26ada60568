# recursion: reverse everything after the head, then hang the head behind its old successor
class Solution:
    def reverseChain(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None or head.next is None:
            return head
        new_head = self.reverseChain(head.next)
        head.next.next = head  # the old successor is now the tail of the reversed rest
        head.next = None
        return new_head
