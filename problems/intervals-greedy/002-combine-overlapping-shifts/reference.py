"""Sort by start, then sweep, growing the current block while shifts reach into it.

After sorting, a shift can only join the most recent block: every earlier block ended
before some later block began. A shift joins when its start is at or before the block's
end (closed intervals: touching counts), and the block's end becomes the larger of the
two ends, so a shift nested inside changes nothing.

Time O(n log n); extra space O(n) for the sorted copy and the answer.
"""


def combineShifts(shifts: list[list[int]]) -> list[list[int]]:
    blocks: list[list[int]] = []
    for start, end in sorted(shifts):
        if blocks and start <= blocks[-1][1]:
            if end > blocks[-1][1]:
                blocks[-1][1] = end
        else:
            blocks.append([start, end])
    return blocks
