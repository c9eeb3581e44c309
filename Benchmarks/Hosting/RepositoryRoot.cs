namespace Orleans.AsyncHop.Benchmarks.Hosting;

/// <summary>The repository's root folder, found above the running program (bin/...) or the working directory.</summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "Orleans.AsyncHop.sln";

    public static string Path { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFile)))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"{SolutionFile} was not found above {AppContext.BaseDirectory} or the working directory.");
    }
}
