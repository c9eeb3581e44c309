using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Values;

public sealed class RowMetaTests
{
    private static RowMeta Layout(params string[] names) =>
        new(names.Select(n => new ValueMeta(n, HopValueType.String)));

    [Fact]
    public void Add_NewName_KeepsName()
    {
        var layout = Layout("a").Add(new ValueMeta("b", HopValueType.Integer));

        Assert.Equal(["a", "b"], layout.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Integer, layout[1].Type);
    }

    [Fact]
    public void Add_ExistingName_AppendsFirstFreeSuffix()
    {
        var layout = Layout("result", "Result_1").Add(new ValueMeta("result", HopValueType.Boolean) { Origin = "t" });

        Assert.Equal(["result", "Result_1", "result_2"], layout.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Boolean, layout[2].Type);
        Assert.Equal("t", layout[2].Origin);
        Assert.Equal(2, layout.IndexOf("RESULT_2"));
    }

    [Fact]
    public void Add_SameNameTwice_RenamesEachInTurn()
    {
        var layout = Layout("x").Add(new ValueMeta("x", HopValueType.String), new ValueMeta("X", HopValueType.String));

        Assert.Equal(["x", "x_1", "X_2"], layout.Fields.Select(f => f.Name));
    }

    [Fact]
    public void AddAll_DuplicateNames_RenamesAddedFields()
    {
        var layout = Layout("id", "name").AddAll(Layout("id", "code"));

        Assert.Equal(["id", "name", "id_1", "code"], layout.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Constructor_DuplicateNames_KeepsThem()
    {
        var layout = Layout("a", "a");

        Assert.Equal(["a", "a"], layout.Fields.Select(f => f.Name));
        Assert.Equal(0, layout.IndexOf("a"));
    }
}
