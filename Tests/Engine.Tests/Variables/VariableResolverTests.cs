using Orleans.AsyncHop.Engine.Projects;
using Orleans.AsyncHop.Engine.Variables;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Variables;

public sealed class VariableResolverTests
{
    private const string EncodedPassword = "Encrypted 696e7467d9eacebc03c89cc9bf1cbd649382b8de";

    [Fact]
    public void Resolve_JsonKeyExpression_ReturnsMember()
    {
        var space = new VariableSpace { Resolvers = new FixedResolvers() };
        space.Set("DB", "db1");

        var text = space.Resolve("host=#{conf:${DB}:hostname}; all=#{conf:db1}");

        Assert.Equal("host=h1; all={\"hostname\":\"h1\",\"port\":\"5432\"}", text);
    }

    [Fact]
    public void Resolve_UnknownResolver_LeavesTextUnchanged()
    {
        var space = new VariableSpace { Resolvers = new FixedResolvers() };

        Assert.Equal("#{nope:x} #{conf:db1:port}", space.Resolve("#{nope:x} #{conf:db1:port}"));
    }

    [Fact]
    public void Resolve_ChildSpace_InheritsResolvers()
    {
        var child = new VariableSpace(new VariableSpace { Resolvers = new FixedResolvers() });

        Assert.Equal("5432", child.Resolve("#{conf:db1:port}"));
    }

    [Fact]
    public void HopPassword_VariableAndLiteral_DecodePassword()
    {
        var space = ProjectSpace(out _);
        space.Set("PWD", EncodedPassword);

        Assert.Equal("integration-test-pwd", space.Resolve("#{pwd:PWD}"));
        Assert.Equal("integration-test-pwd", space.Resolve("#{pwd-literal:" + EncodedPassword + "}"));
        Assert.Equal("#{pwd:MISSING}", space.Resolve("#{pwd:MISSING}"));
    }

    [Fact]
    public void HopPassword_StrictMissingVariable_Fails()
    {
        var space = ProjectSpace(out _);

        var exception = Assert.Throws<HopException>(() => space.Resolve("#{pwd-strict:MISSING}"));

        Assert.Contains("Password variable 'MISSING' is not defined", exception.Message);
    }

    [Fact]
    public void PipelineResolver_FirstOutputRow_GivesJsonAndMembers()
    {
        var home = Path.Combine(Path.GetTempPath(), "asynchop-tests", "pipeline-resolver-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(home, "metadata", MetadataVariableResolvers.MetadataType));
        File.WriteAllText(Path.Combine(home, "metadata", MetadataVariableResolvers.MetadataType, "conf.json"), """
            {"name": "conf", "variable-resolver": {"Variable-Resolver-Pipeline": {
              "outputTransformName": "OUTPUT", "filename": "${PROJECT_HOME}/conf.hpl",
              "expressionVariableName": "TYPE", "runConfigurationName": "local"} } }
            """);
        File.WriteAllText(Path.Combine(home, "conf.hpl"), """
            <pipeline><info><name>conf</name></info>
              <order><hop><from>gen</from><to>OUTPUT</to><enabled>Y</enabled></hop></order>
              <transform><name>gen</name><type>RowGenerator</type><copies>1</copies><limit>2</limit>
                <fields>
                  <field><name>username</name><type>String</type><nullif>u-${TYPE}</nullif></field>
                  <field><name>path</name><type>String</type><nullif>a/b</nullif></field>
                  <field><name>hostname</name><type>String</type><nullif>h-${TYPE}</nullif></field>
                </fields></transform>
              <transform><name>OUTPUT</name><type>Dummy</type><copies>1</copies></transform>
            </pipeline>
            """);
        var space = HopProject.Load(home).CreateVariables();

        Assert.Equal("h-db1 u-db2", space.Resolve("#{conf:db1:hostname} #{conf:db2:username}"));
        Assert.Equal("{\"path\":\"a\\/b\",\"hostname\":\"h-x\",\"username\":\"u-x\"}", space.Resolve("#{conf:x}"));
        Assert.Equal(string.Empty, space.Resolve("#{conf:x:missing}"));
    }

    [Fact]
    public void PipelineResolver_MissingPipeline_Fails()
    {
        var home = Path.Combine(Path.GetTempPath(), "asynchop-tests", "pipeline-resolver-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(home, "metadata", MetadataVariableResolvers.MetadataType));
        File.WriteAllText(Path.Combine(home, "metadata", MetadataVariableResolvers.MetadataType, "conf.json"), """
            {"name": "conf", "variable-resolver": {"Variable-Resolver-Pipeline": {
              "outputTransformName": "OUTPUT", "filename": "${PROJECT_HOME}/none.hpl", "expressionVariableName": "TYPE"} } }
            """);
        var space = HopProject.Load(home).CreateVariables();

        var exception = Assert.ThrowsAny<HopException>(() => space.Resolve("#{conf:db1:hostname}"));

        Assert.Contains("none.hpl", exception.Message);
    }

    [Fact]
    public void HopPassword_InvalidHex_DecodesToEmpty()
    {
        var space = ProjectSpace(out _);

        Assert.Equal(string.Empty, PasswordEncoders.DecodeOptionallyEncrypted("Encrypted zz-not-hex", space));
        Assert.Equal("#{pwd-literal:Encrypted zz}", space.Resolve("#{pwd-literal:Encrypted zz}"));
    }

    [Fact]
    public void PipelineResolver_UsingItself_FailsInsteadOfOverflowing()
    {
        var home = Path.Combine(Path.GetTempPath(), "asynchop-tests", "pipeline-resolver-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(home, "metadata", MetadataVariableResolvers.MetadataType));
        File.WriteAllText(Path.Combine(home, "metadata", MetadataVariableResolvers.MetadataType, "conf.json"), """
            {"name": "conf", "variable-resolver": {"Variable-Resolver-Pipeline": {
              "outputTransformName": "OUTPUT", "filename": "#{conf:file}", "expressionVariableName": "TYPE"} } }
            """);
        var space = HopProject.Load(home).CreateVariables();

        var exception = Assert.ThrowsAny<HopException>(() => space.Resolve("#{conf:db1}"));

        Assert.Contains("Variable resolver 'conf' needs its own value to resolve 'file'", exception.Message);
    }

    private static VariableSpace ProjectSpace(out string folder)
    {
        folder = Path.Combine(Path.GetTempPath(), "asynchop-tests", "resolvers-" + Guid.NewGuid().ToString("N")[..8]);
        var resolvers = Path.Combine(folder, MetadataVariableResolvers.MetadataType);
        Directory.CreateDirectory(resolvers);
        WriteResolver(resolvers, "pwd", asVariable: true, strict: false);
        WriteResolver(resolvers, "pwd-strict", asVariable: true, strict: true);
        WriteResolver(resolvers, "pwd-literal", asVariable: false, strict: false);
        return new VariableSpace { Resolvers = new MetadataVariableResolvers(new MetadataStore(folder)) };
    }

    private static void WriteResolver(string folder, string name, bool asVariable, bool strict) =>
        File.WriteAllText(
            Path.Combine(folder, name + ".json"),
            $$$"""
            {"name": "{{{name}}}", "variable-resolver": {"HopPassword": {
              "resolveAsVariable": {{{(asVariable ? "true" : "false")}}},
              "failIfVariableNotDefined": {{{(strict ? "true" : "false")}}} } } }
            """);

    /// <summary>Resolves "conf" paths to a fixed JSON object per path.</summary>
    private sealed class FixedResolvers : IVariableResolvers
    {
        public string? Resolve(string name, string path, VariableSpace variables) =>
            name == "conf" && path == "db1" ? "{\"hostname\":\"h1\",\"port\":\"5432\"}" : null;
    }
}
