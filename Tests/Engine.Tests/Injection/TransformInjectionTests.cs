using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Pipelines.Injection;
using Orleans.AsyncHop.Engine.Tests.Transforms;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Injection;

/// <summary>
/// Injection into transform types whose settings sit in nested elements or parallel lists: the injected
/// pipeline is saved without running and its XML is checked.
/// </summary>
public sealed class TransformInjectionTests
{
    private static string Mapping(string key, bool detail, string source, string field) =>
        $"<mapping><target_transform_name>target</target_transform_name><target_attribute_key>{key}</target_attribute_key>" +
        $"<target_detail>{(detail ? "Y" : "N")}</target_detail><source_transform>{source}</source_transform>" +
        $"<source_field>{PipelineHarness.Escape(field)}</source_field></mapping>";

    private static string Constant(string key, string value) => Mapping(key, false, string.Empty, value);

    /// <summary>Injects into a template holding one transform named "target" and returns that transform as saved.</summary>
    private static async Task<XElement> InjectAsync(string type, string settings, string mappings, params string?[][] rows)
    {
        var harness = new PipelineHarness();
        harness.WriteFile("template.hpl",
            $"<pipeline><info><name>t</name></info><transform><name>target</name><type>{type}</type>{settings}</transform></pipeline>");
        harness.Grid("meta", ["a:String", "b:String", "c:String"], rows)
            .Transform("inject", "MetaInject",
                "<filename>${PROJECT_HOME}/template.hpl</filename><target_file>${PROJECT_HOME}/injected.hpl</target_file>" +
                $"<no_execution>Y</no_execution><mappings>{mappings}</mappings>")
            .Hop("meta", "inject");

        var outcome = await harness.RunAsync();

        Assert.True(outcome.Success, outcome.ErrorDescription + Environment.NewLine + outcome.Log.Read(0).Text);
        return XDocument.Load(Path.Combine(harness.Home, "injected.hpl")).Root!.Element("transform")!;
    }

    private static List<string> Values(XElement element, string tag) => element.Elements(tag).Select(e => e.Value).ToList();

    [Fact]
    public async Task StreamLookup_KeysAndValues_FillLookupLists()
    {
        var target = await InjectAsync(
            "StreamLookup",
            "<input_sorted>N</input_sorted><lookup><key><name>old</name><field>old</field></key></lookup>",
            Constant("SOURCE_TRANSFORM", "lookup source") + Constant("INPUT_SORTED", "true") +
            Mapping("KEY_STREAM", true, "meta", "a") + Mapping("KEY_LOOKUP", true, "meta", "b") +
            Mapping("RETRIEVE_VALUE", true, "meta", "c") + Mapping("RETRIEVE_DEFAULT_TYPE", true, string.Empty, "String"),
            ["id", "key", "label"], ["code", "code2", "text"]);

        Assert.Equal("lookup source", target.Element("from")!.Value);
        Assert.Equal("Y", target.Element("input_sorted")!.Value);
        var lookup = target.Element("lookup")!;
        Assert.Equal(["id", "code"], lookup.Elements("key").Select(k => k.Element("name")!.Value));
        Assert.Equal(["key", "code2"], lookup.Elements("key").Select(k => k.Element("field")!.Value));
        Assert.Equal(["label", "text"], lookup.Elements("value").Select(v => v.Element("name")!.Value));
        Assert.Equal(["String", "String"], lookup.Elements("value").Select(v => v.Element("type")!.Value));
    }

    [Fact]
    public async Task SimpleMapping_Connectors_FillNestedMappingLists()
    {
        var target = await InjectAsync(
            "SimpleMapping",
            "<mappings><input><mapping><main_path>N</main_path></mapping></input><parameters/></mappings>",
            Constant("filename", "child.hpl") + Constant("INPUT_MAIN_PATH", "Y") +
            Mapping("INPUT_SOURCE_FIELD", true, "meta", "a") + Mapping("INPUT_TARGET_FIELD", true, "meta", "b") +
            Mapping("OUTPUT_SOURCE_FIELD", true, "meta", "b") + Mapping("OUTPUT_TARGET_FIELD", true, "meta", "a") +
            Mapping("PARAMETERS_VARIABLE", true, "meta", "c") + Mapping("PARAMETERS_VALUE", true, "meta", "a"),
            ["firstName", "fname", "LIMIT"]);

        Assert.Equal("child.hpl", target.Element("filename")!.Value);
        var mappings = target.Element("mappings")!;
        var input = mappings.Element("input")!.Element("mapping")!;
        Assert.Equal("Y", input.Element("main_path")!.Value);
        Assert.Equal("firstName", input.Element("connector")!.Element("parent")!.Value);
        Assert.Equal("fname", input.Element("connector")!.Element("child")!.Value);
        var output = mappings.Element("output")!.Element("mapping")!.Element("connector")!;
        Assert.Equal("fname", output.Element("parent")!.Value);
        Assert.Equal("firstName", output.Element("child")!.Value);
        var parameter = mappings.Element("parameters")!.Element("variablemapping")!;
        Assert.Equal("LIMIT", parameter.Element("variable")!.Value);
        Assert.Equal("firstName", parameter.Element("input")!.Value);
    }

    [Fact]
    public async Task TextFileInput_FileList_InterleavesEntryTags()
    {
        var target = await InjectAsync(
            "TextFileInput2",
            "<file><type>CSV</type><compression>None</compression></file><fields/>",
            Mapping("FILENAME", true, "meta", "a") + Mapping("FILEMASK", true, "meta", "b") +
            Mapping("FILE_REQUIRED", true, "meta", "c") + Constant("HEADER_PRESENT", "false") +
            Mapping("FIELD_NAME", true, "meta", "a"),
            ["dir1", ".*\\.txt", "true"], ["dir2", null, "N"]);

        var file = target.Element("file")!;
        Assert.Equal(
            ["name", "filemask", "exclude_filemask", "file_required", "include_subfolders",
                "name", "filemask", "exclude_filemask", "file_required", "include_subfolders", "type", "compression"],
            file.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["dir1", "dir2"], Values(file, "name"));
        Assert.Equal([".*\\.txt", ""], Values(file, "filemask"));
        Assert.Equal(["Y", "N"], Values(file, "file_required"));
        Assert.Equal(["N", "N"], Values(file, "include_subfolders"));
        Assert.Equal("N", target.Element("header")!.Value);
        Assert.Equal(["dir1", "dir2"], target.Element("fields")!.Elements("field").Select(f => f.Element("name")!.Value));
    }

    [Fact]
    public async Task GetXmlData_FilesAndFields_FillLists()
    {
        var target = await InjectAsync(
            "getXMLData",
            "<file><name>old.xml</name></file><fields/><IsInFields>N</IsInFields>",
            Constant("loopxpath", "/rows/row") + Constant("IsInFields", "Y") +
            Mapping("filename", true, "meta", "a") + Mapping("name", true, "meta", "b") +
            Mapping("xPath", true, "meta", "c"),
            ["in.xml", "id", "@id"]);

        Assert.Equal("/rows/row", target.Element("loopxpath")!.Value);
        Assert.Equal("Y", target.Element("IsInFields")!.Value);
        Assert.Equal(["in.xml"], target.Elements("file").Select(f => f.Element("name")!.Value));
        var field = Assert.Single(target.Element("fields")!.Elements("field"));
        Assert.Equal("id", field.Element("name")!.Value);
        Assert.Equal("@id", field.Element("xPath")!.Value);
    }

    [Fact]
    public async Task MetaInject_IntoMetaInject_FillsMappingList()
    {
        var target = await InjectAsync(
            "MetaInject",
            "<mappings/><no_execution>N</no_execution>",
            Constant("NO_EXECUTION", "Y") + Constant("FILE_NAME", "inner.hpl") +
            Mapping("MAPPING_TARGET_TRANSFORM", true, "meta", "a") + Mapping("MAPPING_TARGET_FIELD", true, "meta", "b") +
            Mapping("MAPPING_TARGET_DETAIL", true, "meta", "c"),
            ["gen", "limit", "N"], ["gen", "name", "Y"]);

        Assert.Equal("Y", target.Element("no_execution")!.Value);
        Assert.Equal("inner.hpl", target.Element("filename")!.Value);
        var mappings = target.Element("mappings")!.Elements("mapping").ToList();
        Assert.Equal(["limit", "name"], mappings.Select(m => m.Element("target_attribute_key")!.Value));
        Assert.Equal(["N", "Y"], mappings.Select(m => m.Element("target_detail")!.Value));
    }

    [Theory]
    [InlineData("TextFileOutput", "EXTENSION", null, "file/extension")]
    [InlineData("TextFileOutput", "OUTPUT_ROUNDING", "fields/field", "roundingType")]
    [InlineData("UniqueRowsByHashSet", "COMPARE_FIELD_NAME", "fields/field", "name")]
    [InlineData("ScriptValueMod", "SCRIPT", "jsScripts/jsScript", "jsScript_script")]
    [InlineData("AddXML", "OMIT_XML_HEADER", null, "file/omitXMLheader")]
    [InlineData("XMLOutput", "DO_NOT_CREATE_FILE_AT_STARTUP", null, "file/do_not_open_newfile_init")]
    [InlineData("XMLOutput", "OUTPUT_CONTENT_TYPE", "fields/field", "content_type")]
    [InlineData("TextFileInput2", "FIELD_NULL_STRING", "fields/field", "nullif")]
    [InlineData("TextFileInput2", "WARNING_FILES_EXTENTION", null, "bad_line_files_extension")]
    public void InjectionTable_Key_MapsToHopTag(string type, string key, string? list, string tag)
    {
        var slot = InjectionTables.For(type)?.Find(key);

        Assert.NotNull(slot);
        Assert.Equal(list, slot.IsGroup ? $"{slot.Container}/{slot.Item}" : null);
        Assert.Equal(tag, slot.Tag);
    }

    [Fact]
    public async Task StreamLookup_UnknownKey_FailsNamingKey()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("template.hpl",
            "<pipeline><info><name>t</name></info><transform><name>target</name><type>StreamLookup</type></transform></pipeline>");
        harness.Grid("meta", ["a:String"], ["x"])
            .Transform("inject", "MetaInject",
                "<filename>${PROJECT_HOME}/template.hpl</filename><no_execution>Y</no_execution>" +
                $"<mappings>{Constant("KEY_FIELD", "x")}</mappings>")
            .Hop("meta", "inject");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("unknown injection key 'KEY_FIELD' for transform 'target' (StreamLookup)", outcome.Log.Read(0).Text);
    }
}
