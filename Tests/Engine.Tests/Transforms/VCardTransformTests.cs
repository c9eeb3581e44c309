using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class VCardTransformTests
{
    private const string Sample =
        "# comment before the card\r\n" +
        "BEGIN:VCARD\r\n" +
        "VERSION:3.0\r\n" +
        "FN:Jane Q. Doe\\, PhD\r\n" +
        "N:Doe;Jane;Quinn,Q;Dr.;\r\n" +
        "EMAIL;TYPE=INTERNET;TYPE=HOME:home@example.com\r\n" +
        "item1.EMAIL;TYPE=internet,work:jane@exa\r\n" +
        " mple.com\r\n" +
        "TEL;TYPE=VOICE,WORK:+1-555-0100\r\n" +
        "NOTE:line one\\nline two\r\n" +
        "CATEGORIES:a,b\\,c\r\n" +
        "END:VCARD\r\n" +
        "BEGIN:VCARD\n" +
        "VERSION:2.1\n" +
        "N:Solo;;;;\n" +
        "EMAIL;INTERNET;WORK:solo@example.com\n" +
        "END:VCARD\n";

    private static string Mapping(string field, string property, string types = "") =>
        $"<field><hop_field>{field}</hop_field><property>{property}</property><parameter_types>{types}</parameter_types></field>";

    private static string InputSettings(string path, bool doNotFail = false) =>
        $"<include_filename>N</include_filename><ignore_empty_file>Y</ignore_empty_file>" +
        $"<do_not_fail_if_no_file>{(doNotFail ? "Y" : "N")}</do_not_fail_if_no_file><encoding>UTF-8</encoding>" +
        $"<files><file><name>{path}</name><file_required>N</file_required></file></files>";

    [Fact]
    public async Task VCardInput_SampleFile_MapsEveryField()
    {
        var harness = new PipelineHarness();
        var path = harness.WriteFile("cards.vcf", Sample);
        harness.Transform("read", "VCardInput", InputSettings(path) +
                Mapping("fn", "fn") + Mapping("family", "n_family") + Mapping("given", "n_given") +
                Mapping("additional", "n_additional") + Mapping("work", "email", "WORK,INTERNET") +
                Mapping("work_type", "email_type", "WORK,INTERNET") + Mapping("tel", "tel", "VOICE") +
                Mapping("tel_type", "tel_type", "VOICE") + Mapping("note", "note") + Mapping("categories", "categories"))
            .Result("read");

        var rows = await harness.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.All(rows[0].Meta.Fields, f => Assert.Equal(Engine.Values.HopValueType.String, f.Type));
        Assert.Equal(
            new object?[]
            {
                "Jane Q. Doe, PhD", "Doe", "Jane", "Quinn, Q", "jane@example.com", "INTERNET,WORK", "+1-555-0100",
                "VOICE,WORK", "line one\nline two", "a, b,c",
            },
            rows[0].Values);
        Assert.Equal(new object?[] { null, "Solo", null, null, "solo@example.com", "INTERNET,WORK", null, null, null, null }, rows[1].Values);
    }

    [Fact]
    public async Task VCardInput_FileNamesFromField_PassesInputFields()
    {
        var harness = new PipelineHarness();
        var path = harness.WriteFile("cards.vcf", Sample);
        harness.Grid("names", ["source:String", "path:String"], ["first", path])
            .Transform("read", "VCardInput", "<accept_filenames>Y</accept_filenames><accept_field>path</accept_field>" +
                "<passing_through_fields>Y</passing_through_fields><include_filename>Y</include_filename>" +
                "<filename_field>file</filename_field>" + Mapping("family", "n_family"))
            .Hop("names", "read")
            .Result("read");

        var rows = await harness.RowsAsync();

        Assert.Equal(["source", "path", "family", "file"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { "first", path, "Doe", path }, rows[0].Values);
        Assert.Equal(new object?[] { "first", path, "Solo", path }, rows[1].Values);
    }

    [Fact]
    public async Task VCardInput_NoFile_Fails()
    {
        var harness = new PipelineHarness();
        harness.Transform("read", "VCardInput", InputSettings(Path.Combine(harness.Home, "missing.vcf")) + Mapping("fn", "fn"))
            .Result("read");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("no vCard file was found", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task VCardOutput_OutputValue_WritesFoldedEscapedCard()
    {
        var longNote = new string('x', 80);
        var harness = new PipelineHarness()
            .Grid("grid", ["given:String", "family:String", "mail:String", "note:String"], ["Ann", "Lee; Jr", "ann@example.com", longNote])
            .Transform("card", "VCardOutput", "<operation_type>outputvalue</operation_type><vcard_version>4.0</vcard_version>" +
                "<output_field>vcard</output_field><pass_input_fields>Y</pass_input_fields>" +
                Mapping("given", "n_given") + Mapping("family", "n_family") + Mapping("mail", "email", "INTERNET,Custom") +
                Mapping("note", "note"))
            .Hop("grid", "card")
            .Result("card");

        var rows = await harness.RowsAsync();

        var row = Assert.Single(rows);
        Assert.Equal(["given", "family", "mail", "note", "vcard"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal("Ann", row.Values[0]);
        var expected = "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Lee\\; Jr;Ann;;;\r\n" +
            "EMAIL;TYPE=internet,Custom:ann@example.com\r\n" +
            "NOTE:" + new string('x', 70) + "\r\n " + new string('x', 10) + "\r\n" +
            "FN:Ann Lee\\; Jr\r\nEND:VCARD\r\n";
        Assert.Equal(expected, row.Values[4]);
    }

    [Fact]
    public async Task VCardOutput_WriteThenRead_KeepsValues()
    {
        var writing = new PipelineHarness();
        var name = Path.Combine(writing.Home, "out", "cards");
        writing.Grid("grid", ["fn:String", "tel:String", "tel_type:String"], ["Bo, Smith", "+32 2 555", "CELL,HOME"])
            .Transform("card", "VCardOutput", $"<operation_type>writetofile</operation_type><vcard_version>3.0</vcard_version>" +
                $"<file><name>{name}</name><extension>vcf</extension><create_parent_folder>Y</create_parent_folder></file>" +
                Mapping("fn", "fn") + Mapping("tel", "tel", "VOICE") + Mapping("tel_type", "tel_type", "VOICE"))
            .Hop("grid", "card");
        Assert.True((await writing.RunAsync()).Success);

        var reading = new PipelineHarness()
            .Transform("read", "VCardInput", InputSettings(name + ".vcf") + Mapping("fn", "fn") + Mapping("tel", "tel", "CELL") +
                Mapping("tel_type", "tel_type", "CELL"))
            .Result("read");
        var rows = await reading.RowsAsync();

        Assert.Equal(new object?[] { "Bo, Smith", "+32 2 555", "CELL,HOME" }, Assert.Single(rows).Values);
    }

    [Fact]
    public async Task VCardOutput_UnknownVersion_Fails()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["fn:String"], ["x"])
            .Transform("card", "VCardOutput", "<operation_type>outputvalue</operation_type><vcard_version>2.1</vcard_version>" +
                "<output_field>v</output_field>" + Mapping("fn", "fn"))
            .Hop("grid", "card");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the vCard version '2.1' is invalid", outcome.Log.Read(0).Text);
    }
}
