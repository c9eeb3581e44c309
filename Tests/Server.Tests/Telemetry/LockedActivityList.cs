using System.Collections;
using System.Diagnostics;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>A list of exported spans that exporters on many threads add to while a test reads it.</summary>
public sealed class LockedActivityList : ICollection<Activity>
{
    private readonly List<Activity> items = [];

    public int Count
    {
        get
        {
            lock (items)
            {
                return items.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public void Add(Activity item)
    {
        lock (items)
        {
            items.Add(item);
        }
    }

    public void Clear()
    {
        lock (items)
        {
            items.Clear();
        }
    }

    public bool Contains(Activity item)
    {
        lock (items)
        {
            return items.Contains(item);
        }
    }

    public void CopyTo(Activity[] array, int arrayIndex)
    {
        lock (items)
        {
            items.CopyTo(array, arrayIndex);
        }
    }

    public bool Remove(Activity item)
    {
        lock (items)
        {
            return items.Remove(item);
        }
    }

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (items)
        {
            return [.. items];
        }
    }

    public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
