namespace Sciatica.Content.Search;

/// <summary>The first few items of a ranking without sorting the rest: a heap holds the best so far, its worst on top.</summary>
public static class TopRanked
{
    /// <summary>The first <paramref name="count"/> of <paramref name="items"/> in <paramref name="order"/>, best first.</summary>
    public static List<T> Of<T>(IEnumerable<T> items, int count, IComparer<T> order)
    {
        var worstOnTop = new PriorityQueue<T, T>(Comparer<T>.Create((x, y) => order.Compare(y, x)));
        foreach (var item in items)
        {
            if (worstOnTop.Count < count)
            {
                worstOnTop.Enqueue(item, item);
            }
            else if (count > 0)
            {
                // Keeps whichever of the two ranks better; the other leaves the heap.
                worstOnTop.EnqueueDequeue(item, item);
            }
        }

        var best = new List<T>(worstOnTop.Count);
        while (worstOnTop.TryDequeue(out var item, out _))
        {
            best.Add(item);
        }

        best.Reverse();
        return best;
    }
}
