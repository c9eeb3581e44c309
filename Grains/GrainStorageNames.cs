namespace Orleans.AsyncHop.Grains;

/// <summary>Names of the storage providers the grains use; the silo registers providers under these names.</summary>
public static class GrainStorageNames
{
    public const string Runs = "hopRuns";
}
