using Orleans.AsyncHop.Engine.Pipelines.Injection;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Injection;

public sealed class JsonInjectionTableTests
{
    [Theory]
    [InlineData("JsonNormalizeInput", "RECORD_PATH", null, "recordPath", false)]
    [InlineData("JsonNormalizeInput", "IGNORE_MISSING_FIELD", null, "ignoreMissingField", true)]
    [InlineData("JsonNormalizeInput", "FILENAME", "files", "name", false)]
    [InlineData("JsonInput", "FIELD_PATH", "fields", "path", false)]
    [InlineData("JsonInput", "DEFAULT_PATH_LEAF_TO_NULL", null, "defaultPathLeafToNull", true)]
    [InlineData("EnhancedJsonOutput", "FILENAME", null, "file/name", false)]
    [InlineData("EnhancedJsonOutput", "JSON_KEY_ELEMENTNAME", "key_fields", "key_field_element", false)]
    public void InjectionTable_JsonKey_MapsToTag(string type, string key, string? container, string tag, bool flag)
    {
        var slot = InjectionTables.For(type)?.Find(key);

        Assert.NotNull(slot);
        Assert.Equal(container, slot.Container);
        Assert.Equal(tag, slot.Tag);
        Assert.Equal(flag, slot.IsFlag);
    }

    [Fact]
    public void InjectionTable_JsonInputUnknownKey_IsNull()
    {
        Assert.Null(InjectionTables.For("JsonInput")?.Find("RECORD_PATH"));
    }
}
