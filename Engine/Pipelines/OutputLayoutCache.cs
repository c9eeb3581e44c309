using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>
/// The output layout a row-by-row transform derives from its input layout. The builder runs again only when
/// it is given another input layout instance than the one it last built for, and its side effects (such as
/// field indexes it stores) stay valid until then.
/// </summary>
public sealed class OutputLayoutCache(Func<RowMeta, RowMeta> build)
{
    private RowMeta? builtFor;
    private RowMeta layout = RowMeta.Empty;

    /// <summary>Returns the output layout for <paramref name="input"/>, building it first when the input layout changed.</summary>
    public RowMeta For(RowMeta input)
    {
        if (!ReferenceEquals(builtFor, input))
        {
            layout = build(input);
            builtFor = input;
        }

        return layout;
    }

    /// <summary>Returns the output layout for <paramref name="input"/>, or null while the input layout is unknown.</summary>
    public RowMeta? Describe(RowMeta? input) => input is null ? null : For(input);
}
