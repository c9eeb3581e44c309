namespace Orleans.AsyncHop.Engine.Values;

/// <summary>Hop's value types with the numeric ids that data set metadata stores.</summary>
public enum HopValueType
{
    None = 0,
    Number = 1,
    String = 2,
    Date = 3,
    Boolean = 4,
    Integer = 5,
    BigNumber = 6,
    Serializable = 7,
    Binary = 8,
    Timestamp = 9,
    InternetAddress = 10,
    Json = 11,

    /// <summary>An Avro record (an Apache.Avro GenericRecord), as Hop's Avro plugin adds it.</summary>
    AvroRecord = 20,
    Uuid = 32,
}

/// <summary>Names of value types as Hop writes them in XML.</summary>
public static class HopValueTypes
{
    public static HopValueType Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return HopValueType.None;
        }

        return name.Trim().ToUpperInvariant() switch
        {
            "NUMBER" => HopValueType.Number,
            "STRING" => HopValueType.String,
            "DATE" => HopValueType.Date,
            "BOOLEAN" => HopValueType.Boolean,
            "INTEGER" => HopValueType.Integer,
            "BIGNUMBER" => HopValueType.BigNumber,
            "SERIALIZABLE" => HopValueType.Serializable,
            "BINARY" => HopValueType.Binary,
            "TIMESTAMP" => HopValueType.Timestamp,
            "INTERNET ADDRESS" => HopValueType.InternetAddress,
            "JSON" => HopValueType.Json,
            "AVRO RECORD" => HopValueType.AvroRecord,
            "UUID" => HopValueType.Uuid,
            _ => int.TryParse(name, out var id) && Enum.IsDefined(typeof(HopValueType), id) ? (HopValueType)id : HopValueType.None,
        };
    }

    public static string Name(HopValueType type) => type switch
    {
        HopValueType.Number => "Number",
        HopValueType.String => "String",
        HopValueType.Date => "Date",
        HopValueType.Boolean => "Boolean",
        HopValueType.Integer => "Integer",
        HopValueType.BigNumber => "BigNumber",
        HopValueType.Serializable => "Serializable",
        HopValueType.Binary => "Binary",
        HopValueType.Timestamp => "Timestamp",
        HopValueType.InternetAddress => "Internet Address",
        HopValueType.Json => "JSON",
        HopValueType.AvroRecord => "Avro Record",
        HopValueType.Uuid => "UUID",
        _ => "None",
    };
}
