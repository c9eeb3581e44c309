using System.Globalization;
using System.Text;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Sorting;

/// <summary>
/// Writes rows to a temporary file and reads them back, keeping each value's .NET type, so that a sort
/// can hold fewer rows in memory than its input has. The file is deleted when disposed.
/// </summary>
internal sealed class RowSpillFile : IDisposable
{
    private readonly string path;
    private BinaryWriter? writer;
    private BinaryReader? reader;

    public RowSpillFile(string directory, string prefix)
    {
        Directory.CreateDirectory(directory);
        path = Path.Combine(directory, $"{prefix}{Guid.NewGuid():N}.tmp");
        writer = new BinaryWriter(new BufferedStream(File.Create(path), 1 << 16), Encoding.UTF8);
    }

    public long Count { get; private set; }

    public void Write(object?[] row)
    {
        writer!.Write(row.Length);
        foreach (var value in row)
        {
            WriteValue(writer, value);
        }

        Count++;
    }

    /// <summary>Closes the file for writing and opens it for reading from the start.</summary>
    public void Rewind()
    {
        writer?.Dispose();
        writer = null;
        reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16), Encoding.UTF8);
    }

    public object?[]? Read()
    {
        if (reader!.BaseStream.Position >= reader.BaseStream.Length)
        {
            return null;
        }

        var row = new object?[reader.ReadInt32()];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = ReadValue(reader);
        }

        return row;
    }

    public void Dispose()
    {
        writer?.Dispose();
        reader?.Dispose();
        File.Delete(path);
    }

    private static void WriteValue(BinaryWriter output, object? value)
    {
        switch (value)
        {
            case null:
                output.Write((byte)0);
                break;
            case string s:
                output.Write((byte)1);
                output.Write(s);
                break;
            case long l:
                output.Write((byte)2);
                output.Write(l);
                break;
            case double d:
                output.Write((byte)3);
                output.Write(d);
                break;
            case decimal m:
                output.Write((byte)4);
                output.Write(m);
                break;
            case DateTime date:
                output.Write((byte)5);
                output.Write(date.ToBinary());
                break;
            case bool b:
                output.Write((byte)6);
                output.Write(b);
                break;
            case byte[] bytes:
                output.Write((byte)7);
                output.Write(bytes.Length);
                output.Write(bytes);
                break;
            case System.Text.Json.Nodes.JsonNode json:
                output.Write((byte)8);
                output.Write(json.ToJsonString());
                break;
            case Guid guid:
                output.Write((byte)9);
                output.Write(guid.ToByteArray());
                break;
            default:
                output.Write((byte)1);
                output.Write(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
        }
    }

    private static object? ReadValue(BinaryReader input) => input.ReadByte() switch
    {
        0 => null,
        1 => input.ReadString(),
        2 => input.ReadInt64(),
        3 => input.ReadDouble(),
        4 => input.ReadDecimal(),
        5 => DateTime.FromBinary(input.ReadInt64()),
        6 => input.ReadBoolean(),
        7 => input.ReadBytes(input.ReadInt32()),
        8 => System.Text.Json.Nodes.JsonNode.Parse(input.ReadString()),
        9 => new Guid(input.ReadBytes(16)),
        var tag => throw new InvalidDataException($"Unknown value tag {tag} in a sort spill file."),
    };
}
