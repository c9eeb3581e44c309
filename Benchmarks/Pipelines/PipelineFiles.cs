using System.Globalization;
using System.Text;

namespace Orleans.AsyncHop.Benchmarks.Pipelines;

/// <summary>The Hop pipelines the engine benchmarks run, written as .hpl files, and the sort input file.</summary>
public static class PipelineFiles
{
    /// <summary>The constant row the row generator writes: id, name, amount.</summary>
    public const long GeneratedId = 7;
    public const string GeneratedName = "benchmark row";
    public const double GeneratedAmount = 12.5;

    /// <summary>The constants added to every row: flag (dropped again by Select values) and limit.</summary>
    public const string ConstantFlag = "Y";
    public const long ConstantLimit = 100;

    /// <summary>Filter rows keeps rows whose amount is above this.</summary>
    public const double FilterThreshold = 10;

    public static string CreateFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "asynchop-benchmarks", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Row generator → Add constants → Select values → Filter rows → Dummy.</summary>
    public static string WriteRowPipeline(string folder)
    {
        var path = Path.Combine(folder, "rows.hpl");
        File.WriteAllText(path, $$"""
            <?xml version="1.0" encoding="UTF-8"?>
            <pipeline>
              <info><name>rows</name><parameters><parameter><name>ROWS</name><default_value>1000</default_value><description/></parameter></parameters></info>
              <order>
                <hop><from>generate</from><to>constants</to><enabled>Y</enabled></hop>
                <hop><from>constants</from><to>select</to><enabled>Y</enabled></hop>
                <hop><from>select</from><to>filter</to><enabled>Y</enabled></hop>
                <hop><from>filter</from><to>end</to><enabled>Y</enabled></hop>
              </order>
              <transform>
                <name>generate</name><type>RowGenerator</type><distribute>Y</distribute><copies>1</copies>
                <fields>
                  {{Field("id", "Integer", GeneratedId.ToString(CultureInfo.InvariantCulture))}}
                  {{Field("name", "String", GeneratedName)}}
                  {{Field("amount", "Number", GeneratedAmount.ToString(CultureInfo.InvariantCulture))}}
                </fields>
                <limit>${ROWS}</limit><never_ending>N</never_ending>
              </transform>
              <transform>
                <name>constants</name><type>Constant</type><distribute>Y</distribute><copies>1</copies>
                <fields>
                  <field><name>flag</name><type>String</type><format/><length>-1</length><precision>-1</precision><nullif>{{ConstantFlag}}</nullif><set_empty_string>N</set_empty_string></field>
                  <field><name>limit</name><type>Integer</type><format/><length>-1</length><precision>-1</precision><nullif>{{ConstantLimit}}</nullif><set_empty_string>N</set_empty_string></field>
                </fields>
              </transform>
              <transform>
                <name>select</name><type>SelectValues</type><distribute>Y</distribute><copies>1</copies>
                <fields>
                  <field><name>id</name><rename>row_id</rename><length>-2</length><precision>-2</precision></field>
                  <field><name>name</name><rename/><length>-2</length><precision>-2</precision></field>
                  <field><name>amount</name><rename>value</rename><length>-2</length><precision>-2</precision></field>
                  <field><name>limit</name><rename/><length>-2</length><precision>-2</precision></field>
                  <select_unspecified>N</select_unspecified>
                </fields>
              </transform>
              <transform>
                <name>filter</name><type>FilterRows</type><distribute>Y</distribute><copies>1</copies>
                <send_true_to/><send_false_to/>
                <compare>
                  <condition>
                    <negated>N</negated><leftvalue>value</leftvalue><function>&gt;</function><rightvalue/>
                    <value><name>constant</name><type>Number</type><text>{{FilterThreshold.ToString(CultureInfo.InvariantCulture)}}</text><length>-1</length><precision>-1</precision><isnull>N</isnull><mask/></value>
                  </condition>
                </compare>
              </transform>
              <transform><name>end</name><type>Dummy</type><distribute>Y</distribute><copies>1</copies></transform>
            </pipeline>
            """);
        return path;
    }

    /// <summary>CSV file input → Sort rows (on key, ascending) → Text file output.</summary>
    public static string WriteSortPipeline(string folder)
    {
        var path = Path.Combine(folder, "sort.hpl");
        File.WriteAllText(path, """
            <?xml version="1.0" encoding="UTF-8"?>
            <pipeline>
              <info><name>sort</name><parameters>
                <parameter><name>INPUT</name><default_value/><description/></parameter>
                <parameter><name>OUTPUT</name><default_value/><description/></parameter>
              </parameters></info>
              <order>
                <hop><from>read</from><to>sort</to><enabled>Y</enabled></hop>
                <hop><from>sort</from><to>write</to><enabled>Y</enabled></hop>
              </order>
              <transform>
                <name>read</name><type>CSVInput</type><distribute>Y</distribute><copies>1</copies>
                <filename>${INPUT}</filename><separator>;</separator><enclosure/><header>Y</header><encoding>UTF-8</encoding>
                <fields>
                  <field><name>key</name><type>Integer</type><format/><length>-1</length><precision>-1</precision><trim_type>none</trim_type></field>
                  <field><name>name</name><type>String</type><format/><length>-1</length><precision>-1</precision><trim_type>none</trim_type></field>
                </fields>
              </transform>
              <transform>
                <name>sort</name><type>SortRows</type><distribute>Y</distribute><copies>1</copies>
                <sort_size>100000000</sort_size><unique_rows>N</unique_rows>
                <fields><field><name>key</name><ascending>Y</ascending><case_sensitive>Y</case_sensitive></field></fields>
              </transform>
              <transform>
                <name>write</name><type>TextFileOutput</type><distribute>Y</distribute><copies>1</copies>
                <separator>;</separator><enclosure/><header>Y</header><format>UNIX</format><encoding>UTF-8</encoding>
                <file><name>${OUTPUT}</name><extention/><add_to_result_filenames>N</add_to_result_filenames></file>
                <fields/>
              </transform>
            </pipeline>
            """);
        return path;
    }

    /// <summary>Writes <paramref name="rows"/> lines "key;name" with keys in a fixed pseudo-random order.</summary>
    public static string WriteSortInput(string folder, int rows)
    {
        var path = Path.Combine(folder, "input.csv");
        var random = new Random(20261204);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write("key;name\n");
        for (var i = 0; i < rows; i++)
        {
            writer.Write(random.Next(0, rows).ToString(CultureInfo.InvariantCulture));
            writer.Write(";name-");
            writer.Write(i.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }

        return path;
    }

    private static string Field(string name, string type, string value) =>
        $"<field><name>{name}</name><type>{type}</type><format/><currency/><decimal/><group/><length>-1</length><precision>-1</precision><set_empty_string>N</set_empty_string><value>{value}</value></field>";
}
