using Orleans.AsyncHop.Engine.Pipelines.Conditions;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Filter rows: evaluates a condition on each row. With target transforms set, true rows go to one and
/// false rows to the other; without them only the rows that match are passed on.
/// </summary>
[Transform("FilterRows")]
public sealed class FilterRowsTransform : TransformBase
{
    private Condition condition = new();
    private string? trueTarget;
    private string? falseTarget;

    public override void Init()
    {
        var element = Meta.Element.Element("compare")?.Element("condition");
        condition = element is null ? new Condition() : Condition.Read(element);
        trueTarget = NullIfEmpty(Meta.Element.Tag("send_true_to"));
        falseTarget = NullIfEmpty(Meta.Element.Tag("send_false_to"));
    }

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        bool matches;
        try
        {
            matches = condition.Evaluate(InputRowMeta!, row);
        }
        catch (HopException exception)
        {
            throw Failure(exception.Message, exception);
        }

        if (trueTarget is null && falseTarget is null)
        {
            return matches ? PutRowAsync(InputRowMeta!, row, cancellationToken) : ValueTask.CompletedTask;
        }

        var target = matches ? trueTarget : falseTarget;
        return target is null ? ValueTask.CompletedTask : PutRowToAsync(target, InputRowMeta!, row, cancellationToken);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
