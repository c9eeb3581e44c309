namespace Orleans.AsyncHop.Engine.Pipelines.Files.Properties;

/// <summary>
/// Orders string keys as iterating a java.util.Properties does (Java 9 and later keep the entries in a
/// ConcurrentHashMap with an initial table of 16 bins). Keys go to bins by their spread String.hashCode,
/// keep insertion order within a bin, and the table doubles when it reaches three quarters full, splitting
/// each bin the way ConcurrentHashMap.transfer does.
/// </summary>
public static class JavaHashOrder
{
    // NOTE: ConcurrentHashMap grows the table early, or turns the bin into a tree, when one bin reaches 8
    // keys. Neither is modelled, so the order may differ from Java's for such crowded bins.
    public static List<string> Order(IEnumerable<string> keys)
    {
        var table = NewTable(16);
        var threshold = 12;
        var count = 0;
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!known.Add(key))
            {
                continue;
            }

            var hash = Spread(key);
            table[hash & (table.Length - 1)].Add((hash, key));
            count++;
            if (count >= threshold)
            {
                table = Resize(table);
                threshold = table.Length - (table.Length >> 2);
            }
        }

        return table.SelectMany(bin => bin.Select(entry => entry.Key)).ToList();
    }

    /// <summary>Returns Java's String.hashCode spread as ConcurrentHashMap spreads it.</summary>
    public static int Spread(string key)
    {
        var hash = 0;
        foreach (var c in key)
        {
            hash = unchecked((31 * hash) + c);
        }

        return (hash ^ (int)((uint)hash >> 16)) & 0x7fffffff;
    }

    private static List<(int Hash, string Key)>[] Resize(List<(int Hash, string Key)>[] table)
    {
        var n = table.Length;
        var next = NewTable(n * 2);
        for (var i = 0; i < n; i++)
        {
            var bin = table[i];
            if (bin.Count == 0)
            {
                continue;
            }

            // The tail run of entries that share the split bit keeps its order. The entries before it are
            // prepended one by one, so they come out reversed.
            var runBit = bin[0].Hash & n;
            var lastRun = 0;
            for (var p = 1; p < bin.Count; p++)
            {
                var bit = bin[p].Hash & n;
                if (bit != runBit)
                {
                    runBit = bit;
                    lastRun = p;
                }
            }

            var low = new List<(int Hash, string Key)>();
            var high = new List<(int Hash, string Key)>();
            (runBit == 0 ? low : high).AddRange(bin.Skip(lastRun));
            for (var p = 0; p < lastRun; p++)
            {
                ((bin[p].Hash & n) == 0 ? low : high).Insert(0, bin[p]);
            }

            next[i] = low;
            next[i + n] = high;
        }

        return next;
    }

    private static List<(int Hash, string Key)>[] NewTable(int size) =>
        Enumerable.Range(0, size).Select(_ => new List<(int Hash, string Key)>()).ToArray();
}
