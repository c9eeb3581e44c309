using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Closure generator: reads parent/child id pairs of a hierarchy and writes its closure table, one row
/// (parent, child, distance) for every ancestor of every child, including the child itself at distance 0.
/// A later row for the same child replaces its parent. The chain stops at a null parent, or at parent 0
/// when the root id is zero. Output rows keep Hop's order, which follows java.util.HashMap iteration.
/// </summary>
[Transform("ClosureGenerator")]
public sealed class ClosureGeneratorTransform : TransformBase
{
    private const int MaxDepth = 50;

    private string parentField = string.Empty;
    private string childField = string.Empty;
    private string distanceField = string.Empty;
    private bool rootIsZero;

    public override void Init()
    {
        parentField = Resolve(Meta.Element.Tag("parent_id_field")).Trim();
        childField = Resolve(Meta.Element.Tag("child_id_field")).Trim();
        distanceField = Resolve(Meta.Element.Tag("distance_field")).Trim();
        rootIsZero = Meta.Element.Flag("is_root_zero");
        if (parentField.Length == 0 || childField.Length == 0)
        {
            throw Failure("both the parent id field and the child id field must be set.");
        }

        if (distanceField.Length == 0)
        {
            throw Failure("the distance field name is not set.");
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : OutputLayout(inputMeta);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var parents = new Dictionary<object, object?>();
        var children = new List<object?>();
        object? nullChildParent = null;
        var hasNullChild = false;
        RowMeta? output = null;
        int parentIndex = -1;
        int childIndex = -1;
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            if (output is null)
            {
                var input = InputRowMeta!;
                parentIndex = FieldIndex(input, parentField, "parent");
                childIndex = FieldIndex(input, childField, "child");
                output = OutputLayout(input);
            }

            var child = row[childIndex];
            if (child is null)
            {
                // A null child is a valid HashMap key in Java; it is kept apart because Dictionary rejects null keys.
                if (!hasNullChild)
                {
                    children.Add(null);
                    hasNullChild = true;
                }

                nullChildParent = row[parentIndex];
            }
            else if (parents.TryAdd(child, row[parentIndex]))
            {
                children.Add(child);
            }
            else
            {
                parents[child] = row[parentIndex];
            }
        }

        if (output is null)
        {
            return;
        }

        object? ParentOf(object? key) => key is null ? nullChildParent : parents.GetValueOrDefault(key);
        foreach (var current in JavaHashMapOrder.Order(children, k => k))
        {
            var ancestors = AncestorsOf(current, ParentOf);
            foreach (var (ancestor, distance) in JavaHashMapOrder.Order(ancestors, a => a.Id))
            {
                await PutRowAsync(output, [ancestor, current, distance], cancellationToken);
            }
        }
    }

    /// <summary>Lists the child itself at distance 0 and each ancestor with its distance, in insertion order.</summary>
    private List<(object? Id, long Distance)> AncestorsOf(object? child, Func<object?, object?> parentOf)
    {
        var ancestors = new List<(object? Id, long Distance)> { (child, 0L) };
        var key = child;
        for (var distance = 1L; ; distance++)
        {
            if (distance > MaxDepth)
            {
                throw Failure($"the hierarchy above child id [{child}] is deeper than {MaxDepth} levels. " +
                    $"Check the data for a loop through id [{key}].");
            }

            var parent = parentOf(key);
            if (parent is null || (rootIsZero && parent is long and 0))
            {
                return ancestors;
            }

            var existing = ancestors.FindIndex(a => Equals(a.Id, parent));
            if (existing >= 0)
            {
                ancestors[existing] = (parent, distance);
            }
            else
            {
                ancestors.Add((parent, distance));
            }

            key = parent;
        }
    }

    private int FieldIndex(RowMeta input, string name, string role)
    {
        var index = input.IndexOf(name);
        if (index < 0)
        {
            throw Failure($"the {role} id field '{name}' was not found in the input row ({input}).");
        }

        return index;
    }

    private RowMeta OutputLayout(RowMeta input)
    {
        var fields = new List<ValueMeta>();
        if (input.IndexOf(parentField) is var parent and >= 0)
        {
            fields.Add(input[parent]);
        }

        if (input.IndexOf(childField) is var child and >= 0)
        {
            fields.Add(input[child]);
        }

        fields.Add(new ValueMeta(distanceField, HopValueType.Integer) { Length = 15 });
        return new RowMeta(fields);
    }
}
