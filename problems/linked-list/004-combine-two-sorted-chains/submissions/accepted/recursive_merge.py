# recursion: the smaller head stays in front of the merge of everything else
class Solution:
    def combineSorted(self, first: Optional[ListNode], second: Optional[ListNode]) -> Optional[ListNode]:
        if first is None:
            return second
        if second is None:
            return first
        if first.val <= second.val:
            first.next = self.combineSorted(first.next, second)
            return first
        second.next = self.combineSorted(first, second.next)
        return second
